import { CsvError, parse } from 'csv-parse/sync';

/**
 * A CSV file as rows of cells, read the same way by the measurement service and the portal (the
 * portal's bundler swaps in csv-parse's browser build). Rows are records, not lines: a quoted cell
 * may hold line breaks, and row n of the file (the header being row 1) is what a spreadsheet shows
 * as row n, also when blank rows come before it.
 */
export type CsvDelimiter = ';' | ',';

export interface CsvTable {
  readonly delimiter: CsvDelimiter;
  readonly header: string[];
  /** Data rows; row n of the file (header = row 1) is rows[n - 2]. A blank line is a row of one ''. */
  readonly rows: string[][];
}

/** How csv-parse reads a file with quotes (and, in the spec, the quote-free reading's reference). */
export const CSV_PARSE_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  trim: true,
} as const;

export interface CsvReadError {
  /** The file row the broken record starts on. */
  readonly row: number;
  readonly detail: string;
}

/** Danish Excel separates with semicolons (the comma is its decimal mark); everything else with commas. */
export function detectDelimiter(text: string): CsvDelimiter {
  const end = text.search(/\r|\n/);
  return (end < 0 ? text : text.slice(0, end)).includes(';') ? ';' : ',';
}

/**
 * Reads UTF-8 text with or without BOM, CRLF or LF, RFC 4180 quoting ("" for a quote; delimiters and
 * line breaks inside quotes). A stray quote inside an unquoted cell is kept as text, as Excel does.
 * Cells are trimmed outside their quotes. A quote left open is the one thing that cannot be read.
 */
export function readCsvTable(text: string): { table: CsvTable; error?: CsvReadError } {
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  if (!text.includes('"')) {
    const [header = [], ...rows] = unquotedRecords(text.replace(/^\uFEFF/, ''), delimiter);
    return { table: { delimiter, header, rows } };
  }
  try {
    const records: string[][] = parse(text, { ...CSV_PARSE_OPTIONS, delimiter });
    const [header = [], ...rows] = records;
    return { table: { delimiter, header, rows } };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const records = typeof error['records'] === 'number' ? error['records'] : 0;
    return {
      table: { delimiter, header: [], rows: [] },
      error: {
        row: records + 1,
        detail:
          error.code === 'CSV_QUOTE_NOT_CLOSED'
            ? 'a quoted cell starting on this row is never closed'
            : `the file cannot be read as CSV here (${error.code})`,
      },
    };
  }
}

/**
 * A file without a single quote, the common case (Excel quotes only cells that need it), read
 * three to four times faster than by csv-parse and to the same records: lines end with whichever of
 * CRLF, LF or CR comes first in the file (as csv-parse discovers it), the last line break ends the
 * last record, and cells are trimmed. csv-table.spec.ts checks the two agree.
 */
function unquotedRecords(text: string, delimiter: CsvDelimiter): string[][] {
  if (text === '') return [];
  const lineEnd = recordDelimiter(text);
  const lines = text.split(lineEnd);
  const last = lines[lines.length - 1];
  // An unterminated last line of blanks alone is no record (csv-parse's reading, too).
  if (last === '' || (last.trim() === '' && !last.includes(delimiter))) lines.pop();
  const records: string[][] = new Array<string[]>(lines.length);
  for (let index = 0; index < lines.length; index += 1) {
    const cells = lines[index].split(delimiter);
    for (let cell = 0; cell < cells.length; cell += 1) cells[cell] = cells[cell].trim();
    records[index] = cells;
  }
  return records;
}

function recordDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  if (end < 0) return '\n';
  return text[end] === '\r' && text[end + 1] === '\n' ? '\r\n' : text[end];
}

/** One cell as Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter: CsvDelimiter): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The table as Excel reads it back: BOM (so Excel takes it as UTF-8), CRLF after every row. */
export function writeCsvTable(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) =>
    row.map((cell) => csvCell(cell, table.delimiter)).join(table.delimiter),
  );
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
