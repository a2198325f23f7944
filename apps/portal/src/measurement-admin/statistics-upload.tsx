import type { PopulationStatisticsLoaded } from '@samvirke/contracts';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { FormFailure } from './form-failure.js';
import { useAction } from './use-action.js';

/** "Række 3, værdi: …" for a problem the service pointed at a row (and column) of the file. */
export function rowProblem(t: (da: string, en: string) => string, pointer: string, message: string): string {
  const [, rows, row, column] = pointer.split('/');
  if (rows !== 'rows' || !row) return message;
  const place = column ? `${t('Række', 'Row')} ${row}, ${column}` : `${t('Række', 'Row')} ${row}`;
  return `${place}: ${message}`;
}

/**
 * Loads an indicator's official statistics from a CSV file: the periods in the file replace what
 * was stored for them. Every bad row is listed, and nothing is stored until the file is right.
 */
export function StatisticsUpload({
  indicatorId,
  onLoaded,
}: {
  indicatorId: string;
  onLoaded: (loaded: PopulationStatisticsLoaded) => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('Danmarks Statistik');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!file) return;
    const text = await file.text();
    const path = `/measurement/indicators/${indicatorId}/statistics?source=${encodeURIComponent(source)}`;
    await action.run(
      () => api.sendText<PopulationStatisticsLoaded>('PUT', path, text, 'text/csv; charset=utf-8'),
      onLoaded,
    );
  };
  return (
    <form className="panel" onSubmit={(event) => void submit(event)}>
      <h2>{t('Indlæs officiel statistik', 'Load official statistics')}</h2>
      <StatisticsFields source={source} onFile={setFile} onSource={setSource} />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy || !file}>
          {t('Indlæs', 'Load')}
        </button>
      </div>
      <FileProblems errors={action.errors} />
      <FormFailure failure={action.failure} errors={action.errors} />
    </form>
  );
}

function StatisticsFields({
  source,
  onFile,
  onSource,
}: {
  source: string;
  onFile: (file: File | null) => void;
  onSource: (source: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <StatisticsHelp />
      <div className="field">
        <label htmlFor="statistics-file">{t('Fil', 'File')}</label>
        <input
          id="statistics-file"
          type="file"
          accept=".csv,text/csv"
          required
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="field">
        <label htmlFor="statistics-source">{t('Kilde', 'Source')}</label>
        <input
          id="statistics-source"
          value={source}
          required
          maxLength={200}
          onChange={(event) => onSource(event.target.value)}
        />
      </div>
    </>
  );
}

/** Which files are read, and what a load replaces. */
function StatisticsHelp() {
  const { t } = useI18n();
  return (
    <p className="muted">
      {t(
        'En CSV-fil med kolonnerne kommunekode;periode;værdi, eller en eksport fra Statistikbanken (OMRÅDE;TID;INDHOLD). Perioderne i filen erstatter de tal, der var gemt for dem.',
        'A CSV file with the columns kommunekode;periode;værdi, or a StatBank export (OMRÅDE;TID;INDHOLD). The periods in the file replace the figures stored for them.',
      )}
    </p>
  );
}

/** The service's problems with the file, each at its row and column. */
function FileProblems({ errors }: { errors: Record<string, string> }) {
  const { t } = useI18n();
  const problems = Object.entries(errors);
  if (problems.length === 0) return null;
  return (
    <ul className="error" aria-label={t('Fejl i filen', 'Problems in the file')}>
      {problems.map(([pointer, message]) => (
        <li key={pointer}>{rowProblem(t, pointer, message)}</li>
      ))}
    </ul>
  );
}
