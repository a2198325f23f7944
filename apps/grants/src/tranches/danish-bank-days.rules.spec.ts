import {
  bankDayOnOrAfter,
  danishBankHolidays,
  easterSunday,
  isBankDay,
  paymentDueDate,
} from './danish-bank-days.rules.js';

describe('Danish bank days', () => {
  it('finds Easter Sunday as the almanac has it', () => {
    expect([2019, 2023, 2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual([
      '2019-04-21',
      '2023-04-09',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it("gives 2023's closing days, store bededag among them", () => {
    expect([...danishBankHolidays(2023).keys()]).toEqual([
      '2023-01-01',
      '2023-04-06',
      '2023-04-07',
      '2023-04-10',
      '2023-05-05',
      '2023-05-18',
      '2023-05-19',
      '2023-05-29',
      '2023-06-05',
      '2023-12-24',
      '2023-12-25',
      '2023-12-26',
      '2023-12-31',
    ]);
    expect(danishBankHolidays(2023).get('2023-05-05')).toBe('Store bededag');
  });

  it("gives 2024's and 2026's closing days, without store bededag", () => {
    expect([...danishBankHolidays(2024).entries()]).toEqual([
      ['2024-01-01', 'Nytårsdag'],
      ['2024-03-28', 'Skærtorsdag'],
      ['2024-03-29', 'Langfredag'],
      ['2024-04-01', '2. påskedag'],
      ['2024-05-09', 'Kristi himmelfartsdag'],
      ['2024-05-10', 'Fredag efter Kristi himmelfartsdag'],
      ['2024-05-20', '2. pinsedag'],
      ['2024-06-05', 'Grundlovsdag'],
      ['2024-12-24', 'Juleaftensdag'],
      ['2024-12-25', 'Juledag'],
      ['2024-12-26', '2. juledag'],
      ['2024-12-31', 'Nytårsaftensdag'],
    ]);
    expect([...danishBankHolidays(2026).keys()].slice(1, 7)).toEqual([
      '2026-04-02',
      '2026-04-03',
      '2026-04-06',
      '2026-05-14',
      '2026-05-15',
      '2026-05-25',
    ]);
  });

  it('moves a due date past weekends and closing days to the next bank day', () => {
    expect(isBankDay('2026-12-07')).toBe(true); // a Monday
    expect(isBankDay('2026-12-05')).toBe(false); // a Saturday
    expect(bankDayOnOrAfter('2026-12-07')).toBe('2026-12-07');
    expect(bankDayOnOrAfter('2026-12-24')).toBe('2026-12-28'); // Thu 24, Fri 25, Sat 26, Sun 27
    expect(bankDayOnOrAfter('2026-12-31')).toBe('2027-01-04'); // Thu 31, Fri 1 Jan, the weekend
    expect(bankDayOnOrAfter('2026-04-02')).toBe('2026-04-07'); // skærtorsdag to 2. påskedag
    expect(bankDayOnOrAfter('2026-05-14')).toBe('2026-05-18'); // Kristi himmelfart and the Friday after
    expect(bankDayOnOrAfter('2026-06-05')).toBe('2026-06-08'); // Grundlovsdag on a Friday
    expect(bankDayOnOrAfter('2023-05-05')).toBe('2023-05-08'); // store bededag, 2023
    expect(bankDayOnOrAfter('2024-04-26')).toBe('2024-04-26'); // its Friday in 2024 is a bank day
  });

  it('makes an eligible tranche due on the first bank day from its earliest date and its release in Denmark', () => {
    expect(paymentDueDate('2026-12-24', null)).toBeNull();
    expect(paymentDueDate('2026-12-24', '2026-12-01T10:00:00Z')).toBe('2026-12-28');
    // 23:30 UTC on 23 December is already 24 December in Denmark; 22:30 UTC is still the 23rd.
    expect(paymentDueDate('2026-01-01', '2026-12-23T23:30:00Z')).toBe('2026-12-28');
    expect(paymentDueDate('2026-01-01', '2026-12-23T22:30:00Z')).toBe('2026-12-23');
  });
});
