import type { Cell } from './export-table.js';

/**
 * Dates and times as a spreadsheet reads them, whatever the reader's language: "2026-03-31" and
 * "2026-03-31 14:05" (local time), which Excel takes for dates and sorts in order.
 */
const pad = (value: number): string => String(value).padStart(2, '0');

/** A date as written ("2026-03-31") stays; a moment becomes its local date. */
export function dateCell(iso: string | null | undefined): Cell {
  if (!iso) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const at = new Date(iso);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A moment in local time to the minute. */
export function dateTimeCell(iso: string | null | undefined): Cell {
  if (!iso) return null;
  const at = new Date(iso);
  return `${dateCell(iso)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
