/**
 * The demo's time line, relative to the day the loader runs: quarterly and annual reporting periods
 * from 2025, the last ended quarter open with its deadline a week away, everything before it
 * reported and approved. And a seeded random number per name, so every run makes the same numbers.
 */
import { createHash } from 'node:crypto';

/** Reporting starts with the first quarter of 2025 (or the programme's start, if later). */
export const FIRST_YEAR = 2025;
const DAY = 86_400_000;

export interface DemoCalendar {
  /** The day the loader runs (UTC), YYYY-MM-DD. */
  readonly today: string;
  /** The last quarter that has ended: open for reporting, due in a week. */
  readonly openQuarter: string;
  readonly openDueDate: string;
  /** A month ago: reports due before it are all in, late ones included. */
  readonly settled: string;
}

export function demoCalendar(now = new Date()): DemoCalendar {
  const year = now.getUTCFullYear();
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  const openQuarter = quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
  return {
    today: isoDate(now),
    openQuarter,
    openDueDate: isoDate(new Date(now.getTime() + 7 * DAY)),
    settled: isoDate(new Date(now.getTime() - 30 * DAY)),
  };
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 2026-Q3 → [2026, 3]. */
function parseQuarter(label: string): [number, number] {
  const [year, quarter] = label.split('-Q').map(Number);
  return [year ?? FIRST_YEAR, quarter ?? 1];
}

export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export function nextQuarter(label: string): string {
  const [year, quarter] = parseQuarter(label);
  return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
}

/** Quarters from `from` up to and including `to`. */
export function quarters(from: string, to: string): string[] {
  const found: string[] = [];
  for (let label = from; label <= to; label = nextQuarter(label)) found.push(label);
  return found;
}

/** The first day of a quarter, YYYY-MM-DD. */
export function quarterStart(label: string): string {
  const [year, quarter] = parseQuarter(label);
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** A quarter's report is due at the end of the month after it (2025-Q1 → 2025-04-30). */
export function quarterDueDate(label: string): string {
  const end = new Date(`${quarterStart(nextQuarter(label))}T00:00:00Z`);
  return isoDate(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)));
}

/** A year's report is due at the end of March after it. */
export function yearDueDate(year: string): string {
  return `${Number(year) + 1}-03-31`;
}

/** The quarter before, e.g. the baseline's period. */
export function previousQuarter(label: string): string {
  const [year, quarter] = parseQuarter(label);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** Where a period lies on the demo's two years, 0 at the start of 2025 and 1 at the end of 2026. */
export function progressAt(period: string): number {
  const [year, quarter] = period.includes('-Q') ? parseQuarter(period) : [Number(period), 2.5];
  return (year - FIRST_YEAR + (quarter - 0.5) / 4) / 2;
}

/** A number in [0, 1) that depends only on `name`. */
export function seeded(name: string): number {
  return createHash('sha256').update(`samvirke-demo:${name}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** A whole number of days in [min, max], seeded by `name`. */
export function seededDays(name: string, min: number, max: number): number {
  return min + Math.floor(seeded(name) * (max - min + 1));
}

/** An ISO time on `date` plus `days`, at a working hour seeded by `name` (Danish time, +01:00). */
export function workingTime(date: string, days: number, name: string): string {
  const day = new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY);
  const hour = String(8 + Math.floor(seeded(`${name}:hour`) * 8)).padStart(2, '0');
  const minute = String(Math.floor(seeded(`${name}:minute`) * 60)).padStart(2, '0');
  return `${isoDate(day)}T${hour}:${minute}:00+01:00`;
}
