import { escapeText, foldLine, renderCalendar, type CalendarEntry } from './calendar.rules.js';

const ENTRY: CalendarEntry = {
  uid: 'reporting-deadline-1@samvirke',
  kind: 'reporting-deadline',
  programmeName: 'Bryd den negative sociale arv',
  label: '2026-Q2',
  onDate: '2026-12-31',
  at: null,
  sequence: 2,
  updatedAt: new Date('2026-06-01T08:30:00.123Z'),
};

describe('the iCalendar text', () => {
  it('escapes what TEXT values must', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'æ'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('makes an all-day event ending the next day, in the reader’s language, with CRLF line ends', () => {
    const da = renderCalendar([ENTRY], 'da');
    expect(da).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(da).toContain('SEQUENCE:2\r\n');
    expect(da).toContain('DTSTAMP:20260601T083000Z\r\n');
    expect(da).toContain('SUMMARY:Indberetningsfrist 2026-Q2 – Bryd den negative sociale arv\r\n');
    expect(renderCalendar([ENTRY], 'en')).toContain('SUMMARY:Reporting deadline 2026-Q2');
    expect(da.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(da.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('makes a moment for a call deadline', () => {
    const text = renderCalendar(
      [
        {
          ...ENTRY,
          kind: 'grant-call-deadline',
          onDate: null,
          at: new Date('2026-09-01T10:00:00Z'),
          label: 'Lektier',
        },
      ],
      'da',
    );
    expect(text).toContain('DTSTART:20260901T100000Z\r\n');
    expect(text).not.toContain('DTEND');
  });
});
