import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { cellErrors, decodeCsvFile, readCsv, writeCsv, type CellError, type CsvTable } from './csv.js';

interface Props {
  readonly basePath: string;
  readonly templatePath: string;
  readonly templateName: string;
  readonly onSaved: () => void;
}

/** Upload of a CSV file; when the server refuses rows, the file is shown with the errors in place to fix. */
export function CsvUpload({ basePath, templatePath, templateName, onSaved }: Props) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [table, setTable] = useState<CsvTable | null>(null);
  const [errors, setErrors] = useState<CellError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  async function upload(text: string): Promise<void> {
    setBusy(true);
    setFailure(null);
    setNotice('');
    const parsed = readCsv(text);
    try {
      await api.sendText('PUT', `${basePath}/csv`, text, 'text/csv; charset=utf-8');
      setTable(null);
      setErrors([]);
      setNotice(t('Filen er gemt som kladde.', 'The file is saved as a draft.'));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.fieldErrors.length > 0) {
        setTable(parsed);
        setErrors(cellErrors(parsed, error.fieldErrors));
      } else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  async function downloadTemplate(): Promise<void> {
    try {
      const blob = await api.download(templatePath);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = templateName;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      setFailure(error);
    }
  }

  const errorsAt = (row: number, column: number | null): CellError[] =>
    errors.filter((error) => error.row === row && error.column === column);
  // The header (row 1), the file as a whole (0) and rows the table cannot show are named above it.
  const fileErrors = table
    ? errors.filter((error) => error.row < 2 || error.row > table.rows.length + 1)
    : [];

  return (
    <section aria-labelledby="csv-heading" className="panel">
      <h2 id="csv-heading">{t('Upload CSV-fil', 'Upload a CSV file')}</h2>
      <p>
        {t(
          'Hent skabelonen, udfyld kolonnen værdi i Excel (og kommentar, hvis en værdi skal forklares), og upload den. Semikolon og decimalkomma er i orden.',
          'Download the template, fill in the value column in Excel (and comment where a value needs explaining) and upload it. Semicolons and decimal commas are fine.',
        )}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void downloadTemplate()}>
          {t('Hent skabelon', 'Download template')}
        </button>
      </div>
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
            if (file) void file.arrayBuffer().then((bytes) => upload(decodeCsvFile(bytes)));
          }}
        />
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
      <p role="status" className="notice">
        {notice}
      </p>
      {table && (
        <div className="csv-errors">
          <h3 id="csv-errors-heading">{t('Filen har fejl', 'The file has errors')}</h3>
          <p role="alert">
            {t(
              `${errors.length} fejl. Ret dem herunder og send filen igen.`,
              `${errors.length} error(s). Fix them below and send the file again.`,
            )}
          </p>
          {fileErrors.map((error) => (
            <p key={`${error.row}:${error.detail}`} className="field-error">
              {error.row > 0 ? `${t('Række', 'Row')} ${error.row}: ` : ''}
              {error.detail}
            </p>
          ))}
          <div className="table-wrap">
            <table aria-labelledby="csv-errors-heading">
              <thead>
                <tr>
                  <th scope="col">{t('Række', 'Row')}</th>
                  {table.header.map((name, column) => (
                    <th scope="col" key={column}>
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((cells, index) => {
                  const row = index + 2;
                  const rowErrors = errorsAt(row, null);
                  return (
                    <tr
                      key={row}
                      className={errors.some((error) => error.row === row) ? 'has-error' : undefined}
                    >
                      <th scope="row">
                        {row}
                        {rowErrors.map((error) => (
                          <span key={error.detail} className="field-error">
                            {error.detail}
                          </span>
                        ))}
                      </th>
                      {cells.map((cell, column) => {
                        const cellError = errorsAt(row, column);
                        const id = `csv-${row}-${column}`;
                        return (
                          <td key={column}>
                            <CellInput
                              id={id}
                              label={`${t('Række', 'Row')} ${row}, ${table.header[column] ?? ''}`}
                              value={cell}
                              invalid={cellError.length > 0}
                              onChange={(value) => {
                                setTable({
                                  ...table,
                                  rows: table.rows.map((r, i) =>
                                    i === index ? r.map((c, j) => (j === column ? value : c)) : r,
                                  ),
                                });
                              }}
                            />
                            {cellError.length > 0 && (
                              <span id={`${id}-error`} className="field-error">
                                {cellError.map((error) => error.detail).join(' ')}
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void upload(writeCsv(table))}
            >
              {t('Send rettet fil', 'Send corrected file')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

interface CellInputProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly invalid: boolean;
  readonly onChange: (value: string) => void;
}

/** One cell to correct; a cell with line breaks (a comment, say) keeps them in a text area. */
function CellInput({ id, label, value, invalid, onChange }: CellInputProps) {
  const shared = {
    id,
    'aria-label': label,
    value,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': invalid ? `${id}-error` : undefined,
  };
  return /[\r\n]/.test(value) ? (
    <textarea
      {...shared}
      rows={value.split(/\r?\n/).length}
      onChange={(event) => onChange(event.target.value)}
    />
  ) : (
    <input {...shared} onChange={(event) => onChange(event.target.value)} />
  );
}
