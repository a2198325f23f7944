import { writeCsvTable } from '@samvirke/csv';

/**
 * A table as it is downloaded: a caption, column headings and rows of cells. Built from what the API
 * returned to the user, so a figure the API held back arrives here as text ("<5", "undertrykt") and
 * stays text in every format; a number is a number.
 */
export type Cell = string | number | null;

export interface ExportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** "1234,5": Danish Excel's decimal comma, no thousands separator (a point would be read as one). */
export function danishNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return new Intl.NumberFormat('da-DK', { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}

/**
 * A text Excel would take for a formula (=, +, -, @ first) is written with a leading apostrophe, as
 * OWASP advises: an organisation's name must never run as a formula on a board member's machine.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCellText(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? danishNumber(cell) : safeText(cell);
}

/** Danish Excel's CSV: UTF-8 with BOM, semicolons, decimal comma, CRLF, quoted as Excel quotes. */
export function toDanishCsv(table: ExportTable): string {
  return writeCsvTable({
    delimiter: ';',
    header: table.columns.map((column) => safeText(column)),
    rows: table.rows.map((row) => row.map(csvCellText)),
  });
}

/** A file name without characters that Windows or a mail client would stumble on. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what is taken out
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return cleaned.slice(0, 120) || 'samvirke';
}

/** One column of a downloaded table: its heading and how an item fills its cell. */
export type ExportColumn<T> = readonly [heading: string, cell: (item: T) => Cell];

/** A downloaded table from column definitions: one row per item. */
export function exportTable<T>(items: readonly T[], columns: readonly ExportColumn<T>[]): ExportTable {
  return {
    columns: columns.map(([heading]) => heading),
    rows: items.map((item) => columns.map(([, cell]) => cell(item))),
  };
}
