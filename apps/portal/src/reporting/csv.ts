import { readCsvTable, readRowPointer, writeCsvTable, type CsvTable } from '@samvirke/csv';

/**
 * The uploaded file as rows of cells, so that the server's row errors can be shown in place. Read
 * by the same rules (libs/csv) as the measurement service reads it, so row n here is row n there.
 */
export type { CsvTable };

export function readCsv(text: string): CsvTable {
  const { table } = readCsvTable(text);
  const rows = [...table.rows];
  // Blank rows at the end are nothing to show or fix.
  while (rows.at(-1)?.every((cell) => cell === '')) rows.pop();
  return { ...table, rows };
}

/**
 * The file's text. Danish Excel's plain "CSV (semikolonsepareret)" is Windows-1252, not UTF-8: a file
 * that is not valid UTF-8 is read as Windows-1252, so "værdi" and "Aabenraa Kommune" arrive as
 * written and the upload is sent as UTF-8 (the service refuses anything else, never storing mojibake).
 */
export function decodeCsvFile(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function writeCsv(table: CsvTable): string {
  return writeCsvTable(table);
}

export interface CellError {
  /** File row, the header being row 1; 0 for the file as a whole. */
  readonly row: number;
  /** Column index, or null for the whole row. */
  readonly column: number | null;
  readonly detail: string;
}

/** Maps the server's `/rows/<n>/<column>` pointers onto cells of the table. */
export function cellErrors(
  table: CsvTable,
  errors: readonly { pointer: string; detail: string }[],
): CellError[] {
  return errors.map((error) => {
    const { row, column } = readRowPointer(error.pointer);
    const index =
      column === null
        ? -1
        : table.header.findIndex((name) => name.trim().toLowerCase() === column.toLowerCase());
    return { row, column: index >= 0 ? index : null, detail: error.detail };
  });
}
