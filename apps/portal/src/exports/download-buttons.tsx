import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { Cell } from './export-table.js';
import { saveCsv, savePdf, saveXlsx } from './download.js';

export interface DownloadButtonsProps {
  /** What is downloaded, e.g. the table's caption: names the group of buttons for screen readers. */
  readonly caption: string;
  readonly columns: readonly string[];
  /** Cells as the API returned them: numbers as numbers, "<5" and other held-back figures as text. */
  readonly rows: readonly (readonly Cell[])[];
  /** Without extension; made safe for any file system. */
  readonly fileName: string;
  /** Makes the PDF, where the page has one to offer. */
  readonly pdf?: () => Promise<Uint8Array>;
}

/**
 * "Hent CSV", "Hent XLSX" and, where given, "Hent PDF" beside a table or chart: the same rows in
 * Danish Excel's CSV, as a workbook, or as a document.
 */
export function DownloadButtons({ caption, columns, rows, fileName, pdf }: DownloadButtonsProps) {
  const { t } = useI18n();
  const [making, setMaking] = useState(false);
  const [failed, setFailed] = useState(false);
  const table = { columns, rows };
  const makePdf = async (make: () => Promise<Uint8Array>) => {
    setMaking(true);
    setFailed(false);
    try {
      savePdf(await make(), fileName);
    } catch {
      setFailed(true);
    } finally {
      setMaking(false);
    }
  };
  return (
    <div className="download-buttons" role="group" aria-label={t(`Hent ${caption}`, `Download ${caption}`)}>
      <button type="button" onClick={() => saveCsv(table, fileName)}>
        {t('Hent CSV', 'Download CSV')}
      </button>
      <button type="button" onClick={() => saveXlsx(table, fileName, caption)}>
        {t('Hent XLSX', 'Download XLSX')}
      </button>
      {pdf && (
        <button type="button" disabled={making} onClick={() => void makePdf(pdf)}>
          {making ? t('Laver PDF …', 'Making PDF …') : t('Hent PDF', 'Download PDF')}
        </button>
      )}
      {failed && (
        <span role="alert" className="error">
          {t('PDF’en kunne ikke laves. Prøv igen.', 'The PDF could not be made. Try again.')}
        </span>
      )}
    </div>
  );
}
