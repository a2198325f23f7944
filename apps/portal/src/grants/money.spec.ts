import { formatKroner, parseKroner } from './money.js';

// Intl separates the amount from "kr." with a no-break space.
const plain = (text: string): string => text.replace(/\s/g, ' ');

describe('amounts in kroner', () => {
  it('writes whole kroner without øre, also in millions', () => {
    expect(plain(formatKroner(1_000_000_000, 'da'))).toBe('10.000.000 kr.');
    expect(plain(formatKroner(75_000_000, 'da'))).toBe('750.000 kr.');
    expect(plain(formatKroner(0, 'da'))).toBe('0 kr.');
    expect(plain(formatKroner(1_000_000_000, 'en'))).toBe('DKK 10,000,000');
  });

  it('shows both decimals when there are øre', () => {
    expect(plain(formatKroner(1_000_000_050, 'da'))).toBe('10.000.000,50 kr.');
    expect(plain(formatKroner(12_345, 'da'))).toBe('123,45 kr.');
    expect(plain(formatKroner(-5, 'da'))).toBe('-0,05 kr.');
    expect(plain(formatKroner(12_340, 'en'))).toBe('DKK 123.40');
  });

  it('reads kroner as typed into øre', () => {
    expect(parseKroner('1.250.000')).toBe(125_000_000);
    expect(parseKroner('1250000,50')).toBe(125_000_050);
    expect(parseKroner('')).toBeNull();
    expect(parseKroner('abc')).toBeNaN();
  });
});
