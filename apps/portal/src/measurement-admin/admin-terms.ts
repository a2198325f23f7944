import type { I18n } from '../i18n/i18n.js';
import { glossary } from '../i18n/terms.js';

/** Words of the measurement set-up screens: units, aggregations, polarities, frequencies, statuses. */
export const adminTerm = glossary({
  count: ['Antal', 'Count'],
  percent: ['Procent', 'Percent'],
  dkk: ['Kroner', 'Kroner (DKK)'],
  'rate-per-1000': ['Pr. 1.000', 'Per 1,000'],
  score: ['Score', 'Score'],
  integer: ['Heltal', 'Whole number'],
  decimal: ['Decimaltal', 'Decimal number'],
  sum: ['Sum', 'Sum'],
  mean: ['Gennemsnit', 'Mean'],
  'weighted-mean': ['Vægtet gennemsnit', 'Weighted mean'],
  latest: ['Seneste', 'Latest'],
  'higher-is-better': ['Højere er bedre', 'Higher is better'],
  'lower-is-better': ['Lavere er bedre', 'Lower is better'],
  monthly: ['Månedlig', 'Monthly'],
  quarterly: ['Kvartalsvis', 'Quarterly'],
  annual: ['Årlig', 'Annual'],
  current: ['Gældende', 'Current'],
  superseded: ['Erstattet', 'Superseded'],
  retired: ['Udfaset', 'Retired'],
  population: ['Befolkningsindikator', 'Population indicator'],
  performance: ['Resultatmål for indsatsen', 'Performance measure'],
  'how-much': ['Hvor meget gjorde vi?', 'How much did we do?'],
  'how-well': ['Hvor godt gjorde vi det?', 'How well did we do it?'],
  'better-off': ['Har nogen fået det bedre?', 'Is anyone better off?'],
  up: ['Op er godt', 'Up is good'],
  down: ['Ned er godt', 'Down is good'],
});

/** Select options for the keys, named in the reader's language. */
export function termOptions(i18n: I18n, keys: readonly string[]): { value: string; label: string }[] {
  return keys.map((key) => ({ value: key, label: adminTerm(i18n, key) }));
}
