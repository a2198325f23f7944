import type { CalendarEntryKind, NotificationLanguage } from '@samvirke/contracts';

/** One dated thing of a programme, as the feed shows it. */
export interface CalendarEntry {
  readonly uid: string;
  readonly kind: CalendarEntryKind;
  readonly programmeName: string;
  /** The period (2026-Q2) of a deadline, the title of a call or meeting. */
  readonly label: string;
  /** An all-day date (YYYY-MM-DD), or else a moment. */
  readonly onDate: string | null;
  readonly at: Date | null;
  readonly sequence: number;
  readonly updatedAt: Date;
}

const SUMMARY: Record<NotificationLanguage, Record<CalendarEntryKind, (label: string) => string>> = {
  da: {
    'reporting-deadline': (label) => `Indberetningsfrist ${label}`,
    'grant-call-deadline': (label) => `Ansøgningsfrist: ${label}`,
    meeting: (label) => `Møde: ${label}`,
  },
  en: {
    'reporting-deadline': (label) => `Reporting deadline ${label}`,
    'grant-call-deadline': (label) => `Application deadline: ${label}`,
    meeting: (label) => `Meeting: ${label}`,
  },
};

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Content lines longer than 75 octets are folded: CRLF and a space before the rest (RFC 5545
 * 3.1), never inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const dateValue = (iso: string): string => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function eventLines(entry: CalendarEntry, language: NotificationLanguage): string[] {
  const when = entry.onDate
    ? [
        `DTSTART;VALUE=DATE:${dateValue(entry.onDate)}`,
        `DTEND;VALUE=DATE:${dateValue(nextDay(entry.onDate))}`,
      ]
    : [`DTSTART:${utc(entry.at ?? entry.updatedAt)}`];
  return [
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${utc(entry.updatedAt)}`,
    `SEQUENCE:${entry.sequence}`,
    ...when,
    `SUMMARY:${escapeText(`${SUMMARY[language][entry.kind](entry.label)} – ${entry.programmeName}`)}`,
    `DESCRIPTION:${escapeText(entry.programmeName)}`,
    `CATEGORIES:${entry.kind.toUpperCase()}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole feed as an iCalendar object: CRLF line ends, folded lines, one VEVENT per entry. */
export function renderCalendar(entries: readonly CalendarEntry[], language: NotificationLanguage): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samvirke//Programmernes kalender//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${language === 'da' ? 'Samvirke – mine programmer' : 'Samvirke – my programmes'}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    ...entries.flatMap((entry) => eventLines(entry, language)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
