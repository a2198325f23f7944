/**
 * Danish bank days, for the dates by which a payment can be made: Monday to Friday except the days
 * the Danish banks and Danmarks Nationalbank are closed. Those are computed, not listed: the fixed
 * days (1 January, Grundlovsdag 5 June, 24, 25, 26 and 31 December) and the days that follow
 * Easter (skærtorsdag, langfredag, 2. påskedag, Kristi himmelfartsdag and the Friday after it,
 * 2. pinsedag; store bededag until it was abolished from 2024). Dates are ISO calendar dates
 * (YYYY-MM-DD) with no time zone: the day in Denmark.
 */

const DAY_MS = 86_400_000;

function utcDate(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a calendar date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
}

const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return isoOf(new Date(utcDate(iso).getTime() + days * DAY_MS));
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The weekdays the Danish banks are closed in a year, by date, with their Danish names. */
export function danishBankHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const days: [string, string][] = [
    [`${year}-01-01`, 'Nytårsdag'],
    [addDays(easter, -3), 'Skærtorsdag'],
    [addDays(easter, -2), 'Langfredag'],
    [addDays(easter, 1), '2. påskedag'],
    [addDays(easter, 39), 'Kristi himmelfartsdag'],
    [addDays(easter, 40), 'Fredag efter Kristi himmelfartsdag'],
    [addDays(easter, 50), '2. pinsedag'],
    [`${year}-06-05`, 'Grundlovsdag'],
    [`${year}-12-24`, 'Juleaftensdag'],
    [`${year}-12-25`, 'Juledag'],
    [`${year}-12-26`, '2. juledag'],
    [`${year}-12-31`, 'Nytårsaftensdag'],
  ];
  // Store bededag (the fourth Friday after Easter) was a holiday until the law abolished it from 2024.
  if (year < 2024) days.push([addDays(easter, 26), 'Store bededag']);
  return new Map(days.sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function isBankDay(iso: string): boolean {
  const weekday = utcDate(iso).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !danishBankHolidays(Number(iso.slice(0, 4))).has(iso);
}

/** The date itself when it is a bank day, else the next bank day. */
export function bankDayOnOrAfter(iso: string): string {
  let day = iso;
  while (!isBankDay(day)) day = addDays(day, 1);
  return day;
}

/** The calendar date in Denmark of an instant. */
export function danishDate(instant: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(instant));
}

/**
 * When an eligible tranche's payment falls due: the first bank day on or after both its earliest
 * date and the day (in Denmark) it became eligible. None while it is not eligible.
 */
export function paymentDueDate(earliestDate: string, eligibleAt: string | null): string | null {
  if (!eligibleAt) return null;
  const eligibleOn = danishDate(eligibleAt);
  return bankDayOnOrAfter(eligibleOn > earliestDate ? eligibleOn : earliestDate);
}
