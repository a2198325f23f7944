import { DK_REGIONS, findMunicipality, type ProblemFieldError } from '@samvirke/contracts';
import { readCsvTable } from './csv-table.js';
import { parseNumber, rowPointer } from './submission-csv.js';

/**
 * Official statistics as a municipality's or Danmarks Statistik's file has them: one row per
 * municipality and period. Three headers are read — kommunekode;periode;værdi, the English
 * municipality_code,period,value, and a StatBank export's OMRÅDE;TID;INDHOLD — and what
 * StatBank writes is taken as it is: "101 København" or "0101" for the municipality, 2024K1 for a
 * quarter, ".." for a figure that is not available, and rows for the whole country and the regions,
 * which are not municipalities and are passed over.
 */
export const STATISTICS_COLUMNS = {
  da: ['kommunekode', 'periode', 'værdi'],
  en: ['municipality_code', 'period', 'value'],
  statbank: ['område', 'tid', 'indhold'],
} as const;

export interface StatisticRow {
  readonly kommunekode: string;
  readonly period: string;
  readonly value: number;
}

export interface ParsedStatistics {
  readonly rows: StatisticRow[];
  readonly errors: ProblemFieldError[];
  /** Figures marked as not available (".." or "-"). */
  readonly notAvailable: number;
  /** Rows of the whole country or a region: not a municipality's figure. */
  readonly aggregates: number;
}

const NOT_AVAILABLE = new Set(['..', '-', '…']);
const WHOLE_COUNTRY = /^(0{3,4}$|hele landet|all denmark)/i;

function columnsOf(header: readonly string[]): readonly string[] | null {
  const names = header.map((name) => name.trim().toLowerCase());
  return (
    Object.values(STATISTICS_COLUMNS).find(
      (columns) => names.length === 3 && columns.every((column, index) => names[index] === column),
    ) ?? null
  );
}

/** "101", "0101" and "101 København" are København; null when it is no municipality's code. */
export function statisticsKommunekode(cell: string): string | null {
  const digits = /^(\d{3,4})(?:\s|$)/.exec(cell.trim())?.[1];
  if (!digits) return null;
  const code = digits.length === 4 && digits.startsWith('0') ? digits.slice(1) : digits;
  return findMunicipality(code) ? code : null;
}

/** A row of the whole country or a region (by DAGI code or name), which the file may hold beside the municipalities. */
function isAggregate(cell: string): boolean {
  const text = cell.trim();
  const digits = /^(\d{3,4})(?:\s|$)/.exec(text)?.[1];
  const named = text.replace(/^\d{3,4}\s+/, '');
  return (
    WHOLE_COUNTRY.test(named) || /^region\b/i.test(named) || (digits !== undefined && digits in DK_REGIONS)
  );
}

/** 2024 → 2024; 2024-Q1, 2024Q1 and StatBank's 2024K1 → 2024-Q1; null otherwise. */
export function statisticsPeriod(cell: string): string | null {
  const text = cell.trim();
  if (/^\d{4}$/.test(text)) return text;
  const quarter = /^(\d{4})-?[QK]([1-4])$/i.exec(text);
  return quarter ? `${quarter[1]}-Q${quarter[2]}` : null;
}

interface Reading {
  readonly rows: StatisticRow[];
  readonly errors: ProblemFieldError[];
  notAvailable: number;
  aggregates: number;
  /** The row each municipality and period was first given on. */
  readonly seen: Map<string, number>;
}

/** One data row into `reading`: a figure, a figure not available, an aggregate passed over, or its problems. */
function readRow(
  reading: Reading,
  cells: readonly string[],
  row: number,
  columns: readonly string[],
  delimiter: string,
): void {
  if (cells.every((cell) => cell.trim() === '')) return;
  if (isAggregate(cells[0] ?? '')) {
    reading.aggregates += 1;
    return;
  }
  const [place = '', time = '', figure = ''] = columns;
  const kommunekode = statisticsKommunekode(cells[0] ?? '');
  const period = statisticsPeriod(cells[1] ?? '');
  const raw = (cells[2] ?? '').trim();
  const value = NOT_AVAILABLE.has(raw) ? undefined : parseNumber(raw, delimiter);
  const fail = (column: string, detail: string): void => {
    reading.errors.push({ pointer: rowPointer(row, column), detail });
  };
  if (!kommunekode) fail(place, 'not one of the 98 kommunekoder');
  if (!period) fail(time, 'a year (2024) or a quarter (2024-Q1 or 2024K1)');
  if (value === null) fail(figure, 'a number (or ".." where the figure is not available)');
  if (!kommunekode || !period || value === null) return;
  const earlier = reading.seen.get(`${kommunekode}|${period}`);
  if (earlier !== undefined)
    return fail(place, `a second figure for ${kommunekode} in ${period} (row ${earlier})`);
  reading.seen.set(`${kommunekode}|${period}`, row);
  if (value === undefined) reading.notAvailable += 1;
  else reading.rows.push({ kommunekode, period, value });
}

export function statisticsFromCsv(text: string): ParsedStatistics {
  const { table, error } = readCsvTable(text);
  const reading: Reading = { rows: [], errors: [], notAvailable: 0, aggregates: 0, seen: new Map() };
  if (error) reading.errors.push({ pointer: rowPointer(error.row), detail: error.detail });
  const columns = error ? [] : columnsOf(table.header);
  if (!error && !columns) {
    const { da, en, statbank } = STATISTICS_COLUMNS;
    const detail = `the columns must be ${da.join(';')} (or ${en.join(',')}, or ${statbank.join(';').toUpperCase()})`;
    reading.errors.push({ pointer: rowPointer(1), detail });
  }
  if (columns && columns.length > 0)
    table.rows.forEach((cells, index) => readRow(reading, cells, index + 2, columns, table.delimiter));
  if (reading.rows.length === 0 && reading.errors.length === 0)
    reading.errors.push({ pointer: rowPointer(2), detail: 'the file has no figures' });
  const { rows, errors, notAvailable, aggregates } = reading;
  return { rows, errors, notAvailable, aggregates };
}
