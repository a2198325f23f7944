import { parseInput } from '../reporting/form-model.js';

/** Amounts travel as integer øre; people read and type kroner. */
export function formatKroner(ore: number, language: 'da' | 'en'): string {
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    style: 'currency',
    currency: 'DKK',
  }).format(ore / 100);
}

/** Kroner as typed (1.250.000 or 1250000,50) to øre; NaN when it is not an amount, null when empty. */
export function parseKroner(raw: string): number | null {
  const value = parseInput(raw);
  if (value === null || Number.isNaN(value)) return value;
  return Math.round(value * 100);
}
