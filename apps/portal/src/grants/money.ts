import { parseInput } from '../reporting/form-model.js';

/**
 * Amounts travel as integer øre; people read and type kroner. Whole kroner are written without øre
 * ("10.000.000 kr.", not "10.000.000,00 kr."); an amount with øre shows both decimals.
 */
export function formatKroner(ore: number, language: 'da' | 'en'): string {
  const digits = ore % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ore / 100);
}

/** Kroner as typed (1.250.000 or 1250000,50) to øre; NaN when it is not an amount, null when empty. */
export function parseKroner(raw: string): number | null {
  const value = parseInput(raw);
  if (value === null || Number.isNaN(value)) return value;
  return Math.round(value * 100);
}

/** Øre as a person would type the amount in kroner in a field: 750000 or 1250,5 (no thousands separators). */
export function kronerInput(ore: number, language: 'da' | 'en'): string {
  const kroner = String(ore / 100);
  return language === 'da' ? kroner.replace('.', ',') : kroner;
}
