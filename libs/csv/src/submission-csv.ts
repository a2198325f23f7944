import type { ProblemFieldError, SaveSubmission } from '@samvirke/contracts';
import { readCsvTable, writeCsvTable, type CsvDelimiter, type CsvTable } from './csv-table.js';

/**
 * The submission CSV, as people make it in Excel: indikator;opdeling;værdi[;kommentar] (or
 * indicator,disaggregation,value[,comment]), numbers with a decimal comma in semicolon files. The
 * rules live here once, for the measurement service that stores the values and the portal that shows
 * the file with the service's errors in place.
 */
export const CSV_COLUMNS = {
  da: ['indikator', 'opdeling', 'værdi', 'kommentar'],
  en: ['indicator', 'disaggregation', 'value', 'comment'],
} as const;

export type CsvColumns = readonly string[];

export interface ParsedCsv {
  readonly values: SaveSubmission['values'];
  /** File row number of each value, for error pointers. */
  readonly rows: number[];
  /** The columns of the file's language: indicator, disaggregation, value, comment. */
  readonly columns: CsvColumns;
  readonly errors: ProblemFieldError[];
}

/** `/rows/<row>[/<column>]`: the pointer of a CSV problem, the header being row 1. */
export function rowPointer(row: number, column?: string): string {
  return column === undefined ? `/rows/${row}` : `/rows/${row}/${column}`;
}

/** The row and column a problem pointer names; row 0 for the file as a whole. */
export function readRowPointer(pointer: string): { row: number; column: string | null } {
  const [, rows, row, column] = pointer.split('/');
  if (rows !== 'rows' || row === undefined || !/^\d+$/.test(row)) return { row: 0, column: null };
  return { row: Number(row), column: column ?? null };
}

/**
 * Numbers as Danish Excel writes them in semicolon files: "1.234,5", "1234,5", "1.024" (points
 * between groups of three digits separate thousands); "61.5" is still read as a decimal point.
 * Comma-separated files use the decimal point only. Null when the cell is not a number.
 */
export function parseNumber(text: string, delimiter: string): number | null {
  if (/^-?\d{1,15}$/.test(text)) return Number(text); // the common case, without the clean-up below
  const cleaned = text.replace(/\s/g, '');
  if (delimiter === ';') {
    if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned))
      return Number(cleaned.replace(/\./g, '').replace(',', '.'));
    if (/^-?\d+,\d+$/.test(cleaned)) return Number(cleaned.replace(',', '.'));
  }
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

/** The header's columns, or null when it is not one of the accepted headers (comment column optional). */
export function headerColumns(header: readonly string[]): CsvColumns | null {
  const names = header.map((name) => name.trim().toLowerCase());
  const columns = names[0] === CSV_COLUMNS.en[0] ? CSV_COLUMNS.en : CSV_COLUMNS.da;
  const known = names.length === 3 || names.length === 4;
  return known && names.every((name, index) => name === columns[index])
    ? columns.slice(0, names.length)
    : null;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** Row → value: every problem of every row at once, each pointing at its row and column. */
export function submissionValuesFromTable(table: CsvTable): ParsedCsv {
  const columns = headerColumns(table.header);
  if (!columns) return wrongHeader(table);
  const values: SaveSubmission['values'][number][] = [];
  const rows: number[] = [];
  const errors: ProblemFieldError[] = [];
  // Plain loops and no intermediate arrays: a file may have 100,000 rows.
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    if (isBlank(cells)) return;
    const entry = rowValue(cells, row, columns, table.delimiter, errors);
    if (!entry) return;
    values.push(entry);
    rows.push(row);
  });
  if (values.length === 0 && errors.length === 0)
    errors.push({ pointer: '/rows', detail: 'the file has no values' });
  return { values, rows, columns, errors };
}

function wrongHeader(table: CsvTable): ParsedCsv {
  const { da, en } = CSV_COLUMNS;
  return {
    values: [],
    rows: [],
    columns: table.header[0]?.trim().toLowerCase() === en[0] ? en : da,
    errors: [
      {
        pointer: rowPointer(1),
        detail: `the columns must be ${da.slice(0, 3).join(';')}[;${da[3]}] (or ${en.slice(0, 3).join(',')}[,${en[3]}])`,
      },
    ],
  };
}

/** One row's value, or undefined (an empty template row, or a row with errors, which are added). */
function rowValue(
  cells: readonly string[],
  row: number,
  columns: readonly string[],
  delimiter: string,
  errors: ProblemFieldError[],
): SaveSubmission['values'][number] | undefined {
  const indicator = (cells[0] ?? '').trim();
  const disaggregation = (cells[1] ?? '').trim();
  const raw = (cells[2] ?? '').trim();
  const comment = columns.length === 4 ? (cells[3] ?? '').trim() : '';
  for (let extra = columns.length; extra < cells.length; extra += 1) {
    if (cells[extra]?.trim()) {
      errors.push({ pointer: rowPointer(row), detail: `more cells than the ${columns.length} columns` });
      break;
    }
  }
  if (!indicator) errors.push({ pointer: rowPointer(row, columns[0]), detail: 'empty' });
  if (raw === '') {
    // A template row left empty is no value; a comment on it would be lost, so it is named.
    const detail = `a comment belongs to a value: fill in ${columns[2]} or leave the comment out`;
    if (comment !== '') errors.push({ pointer: rowPointer(row, columns[3]), detail });
    return undefined;
  }
  const value = parseNumber(raw, delimiter);
  if (value === null) {
    errors.push({ pointer: rowPointer(row, columns[2]), detail: `"${raw}" is not a number` });
    return undefined;
  }
  const entry: SaveSubmission['values'][number] = { indicator, value };
  if (disaggregation) entry.disaggregation = disaggregation;
  if (comment) entry.comment = comment;
  return entry;
}

/** Reads a submission CSV into values, with the row and column of every problem. */
export function parseSubmissionCsv(text: string): ParsedCsv {
  const { table, error } = readCsvTable(text);
  if (error)
    return {
      values: [],
      rows: [],
      columns: CSV_COLUMNS.da,
      errors: [{ pointer: rowPointer(error.row), detail: error.detail }],
    };
  return submissionValuesFromTable(table);
}

/** A template for one period: every indicator (and disaggregation) the programme collects, values empty. */
export function submissionTemplate(
  indicators: readonly { code: string; disaggregations: readonly string[] }[],
): string {
  const delimiter: CsvDelimiter = ';';
  const rows = indicators.flatMap((indicator) => [
    [indicator.code, '', '', ''],
    ...indicator.disaggregations.map((disaggregation) => [indicator.code, disaggregation, '', '']),
  ]);
  return writeCsvTable({ delimiter, header: [...CSV_COLUMNS.da], rows });
}
