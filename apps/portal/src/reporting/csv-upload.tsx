import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { CsvErrors } from './csv-errors.js';
import { decodeCsvFile, writeCsv } from './csv.js';
import { useCsvUpload, useTemplateDownload } from './use-csv-upload.js';

interface Props {
  readonly basePath: string;
  readonly templatePath: string;
  readonly templateName: string;
  readonly onSaved: () => void;
}

/** Upload of a CSV file; when the server refuses rows, the file is shown with the errors in place to fix. */
export function CsvUpload({ basePath, templatePath, templateName, onSaved }: Props) {
  const { t } = useI18n();
  const { table, setTable, errors, failure, setFailure, notice, busy, upload } = useCsvUpload(
    basePath,
    onSaved,
  );
  const downloadTemplate = useTemplateDownload(templatePath, templateName, setFailure);
  return (
    <section aria-labelledby="csv-heading" className="panel">
      <h2 id="csv-heading">{t('Upload CSV-fil', 'Upload a CSV file')}</h2>
      <TemplateHelp onDownload={() => void downloadTemplate()} />
      <CsvFileField busy={busy} onText={(text) => void upload(text)} />
      {failure !== null && <ErrorMessage error={failure} />}
      <p role="status" className="notice">
        {notice}
      </p>
      {table && (
        <CsvErrors
          table={table}
          errors={errors}
          busy={busy}
          onChange={setTable}
          onSend={() => void upload(writeCsv(table))}
        />
      )}
    </section>
  );
}

function TemplateHelp({ onDownload }: { onDownload: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <p>
        {t(
          'Hent skabelonen, udfyld kolonnen værdi i Excel (og kommentar, hvis en værdi skal forklares), og upload den. Semikolon og decimalkomma er i orden.',
          'Download the template, fill in the value column in Excel (and comment where a value needs explaining) and upload it. Semicolons and decimal commas are fine.',
        )}
      </p>
      <div className="actions">
        <button type="button" onClick={onDownload}>
          {t('Hent skabelon', 'Download template')}
        </button>
      </div>
    </>
  );
}

/** The file picker; it is emptied at once so that the same file can be chosen again after a fix. */
function CsvFileField({ busy, onText }: { busy: boolean; onText: (text: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor="csv-file">{t('CSV-fil', 'CSV file')}</label>
      <input
        id="csv-file"
        type="file"
        accept=".csv,text/csv"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void file.arrayBuffer().then((bytes) => onText(decodeCsvFile(bytes)));
        }}
      />
    </div>
  );
}
