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
  try {
    const records: string[][] = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    });
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
