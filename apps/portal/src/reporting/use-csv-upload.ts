import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { cellErrors, readCsv, type CellError, type CsvTable } from './csv.js';

/** Offers a downloaded file to the browser to save under the given name. */
function saveFile(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * Sending a CSV file as the draft. A file the service refuses row by row is kept, with its cell
 * errors, for the user to fix in place and send again.
 */
export function useCsvUpload(basePath: string, onSaved: () => void) {
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
  return { table, setTable, errors, failure, setFailure, notice, busy, upload };
}

/** The period's CSV template, downloaded with the user's token and saved under its name. */
export function useTemplateDownload(
  templatePath: string,
  templateName: string,
  onFailure: (error: unknown) => void,
) {
  const { api } = usePortal();
  return async (): Promise<void> => {
    try {
      saveFile(await api.download(templatePath), templateName);
    } catch (error) {
      onFailure(error);
    }
  };
}
