import type { I18n } from './i18n.js';

type Translate = I18n['t'];

/**
 * The services' field messages (English: the contracts' schemas and the services' rules) in the
 * reader's language, for every form that shows them next to its fields; a message not listed
 * shows as the service wrote it.
 */
/** Category combinations: in the indicator form, and the totals beside their cells at submission. */
const COMBINATION_MESSAGES: readonly [RegExp, (t: Translate, match: RegExpExecArray) => string][] = [
  [
    /^not a disaggregation: (.+)$/,
    (t, m) => t(`Ikke en af indikatorens opdelinger: ${m[1]}`, `Not a disaggregation: ${m[1]}`),
  ],
  [/^each combination once$/, (t) => t('Hver kombination én gang', 'Each combination once')],
  [
    /^only summed indicators have category combinations$/,
    (t) =>
      t('Kun summerede indikatorer kan kombinere opdelinger', 'Only summed indicators have combinations'),
  ],
  [
    /^[^:]+: (the total|\S+) is (\S+) but its cells in (\S+) sum to (\S+)$/,
    (t, m) =>
      t(
        `${m[1] === 'the total' ? 'Totalen' : m[1]} er ${m[2]}, men cellerne i ${m[3]} summer til ${m[4]}`,
        `${m[1] === 'the total' ? 'The total' : m[1]} is ${m[2]} but the cells in ${m[3]} add up to ${m[4]}`,
      ),
  ],
  [
    /^[^:]+: every cell of (\S+) is given or none; missing (.+)$/,
    (t, m) =>
      t(
        `Udfyld alle celler i ${m[1]} eller ingen; mangler ${m[2]}`,
        `Fill in every cell of ${m[1]} or none; missing ${m[2]}`,
      ),
  ],
];

const MESSAGES: readonly [RegExp, (t: Translate, match: RegExpExecArray) => string][] = [
  [
    /^outside the indicator's valid range$/,
    (t) => t('Uden for indikatorens gyldige værdier', "Outside the indicator's valid range"),
  ],
  [/^must be after (\S+)$/, (t, m) => t(`Skal ligge efter ${m[1]}`, `Must be after ${m[1]}`)],
  [/^not a (\w+) period$/, (t, m) => t(`Passer ikke til hyppigheden (${m[1]})`, `Not a ${m[1]} period`)],
  [
    /^like 2026, 2026-Q2 or 2026-03$/,
    (t) => t('Skriv fx 2026, 2026-Q2 eller 2026-03', 'Like 2026, 2026-Q2 or 2026-03'),
  ],
  [
    /^(\d+) words; at most (\d+)$/,
    (t, m) => t(`${m[1]} ord; højst ${m[2]}`, `${m[1]} words; at most ${m[2]}`),
  ],
  [/^required to submit$/, (t) => t('Skal besvares før indsendelse', 'Required to submit')],
  [
    /^answer the eligibility questions first$/,
    (t) => t('Besvar først spørgsmålene om, hvem der kan søge', 'Answer the eligibility questions first'),
  ],
  [/^not one of the options$/, (t) => t('Ikke en af svarmulighederne', 'Not one of the options')],
  [/^already defined$/, (t) => t('Koden er allerede brugt', 'The code is taken')],
  [
    /^compares an indicator with itself$/,
    (t) => t('Sammenligner en indikator med sig selv', 'Compares an indicator with itself'),
  ],
  [/^already opened$/, (t) => t('Perioden er allerede åbnet', 'The period is open already')],
  [
    /^retired or superseded$/,
    (t) =>
      t(
        'Udfaset eller erstattet: vælg den gældende version',
        'Retired or superseded: choose the current version',
      ),
  ],
  [
    /^no indicator has code (.+)$/,
    (t, m) => t(`Ingen indikator har koden ${m[1]}`, `No indicator has the code ${m[1]}`),
  ],
  [
    /^lowercase letters and digits/,
    (t) =>
      t(
        'Små bogstaver og tal, adskilt af . _ eller -',
        'Lowercase letters and digits, separated by . _ or -',
      ),
  ],
  [
    /^Too small: expected string to have >=(\d+) characters?$/,
    (t, m) => t(`Skal have mindst ${m[1]} tegn`, `Needs at least ${m[1]} characters`),
  ],
  [
    /^Too small: expected number to be >=?(\S+)$/,
    (t, m) => t(`Skal være mindst ${m[1]}`, `Must be at least ${m[1]}`),
  ],
  [
    /^Too big: expected number to be <=?(\S+)$/,
    (t, m) => t(`Må højst være ${m[1]}`, `Must be at most ${m[1]}`),
  ],
  [
    /^Too big: expected string to have <=(\d+) characters?$/,
    (t, m) => t(`Må højst have ${m[1]} tegn`, `At most ${m[1]} characters`),
  ],
  [
    /^Too (small|big): expected array to have [<>]=(\d+) items?$/,
    (t, m) =>
      m[1] === 'small'
        ? t(`Vælg mindst ${m[2]}`, `Choose at least ${m[2]}`)
        : t(`Vælg højst ${m[2]}`, `Choose at most ${m[2]}`),
  ],
  [/^Invalid input: expected (number|int)/, (t) => t('Skal være et tal', 'Must be a number')],
  [/^Invalid input: expected \w+, received undefined$/, (t) => t('Skal udfyldes', 'Required')],
  [/^Invalid (email|e-mail)/i, (t) => t('Skriv en gyldig e-mailadresse', 'Write a valid e-mail address')],
  [
    /^Invalid (url|URL)/,
    (t) => t('Skriv en gyldig adresse (https://…)', 'Write a valid address (https://…)'),
  ],
  [/date/i, (t) => t('Skal være en dato', 'Must be a date')],
  [
    /^integer values have no decimals$/,
    (t) => t('Heltal har ingen decimaler', 'Whole numbers have no decimals'),
  ],
  [/^below min$/, (t) => t('Mindre end mindste værdi', 'Below the minimum')],
  [
    /^only counts of people are marked sensitive$/,
    (t) => t('Kun antal personer kan være følsomme', 'Only counts of people are sensitive'),
  ],
  [
    /^a weighted mean needs its denominator indicator$/,
    (t) => t('Et vægtet gennemsnit skal have en nævner', 'A weighted mean needs its denominator'),
  ],
  [
    /^only weighted means have a denominator$/,
    (t) => t('Kun vægtede gennemsnit har en nævner', 'Only weighted means have a denominator'),
  ],
  [/^one target per period$/, (t) => t('Ét mål pr. periode', 'One target per period')],
  [
    /^an http\(s\) URL or a URN$/,
    (t) =>
      t(
        'Skriv rettighedens URI (http(s)://… eller urn:…)',
        "Write the privilege's URI (http(s)://… or urn:…)",
      ),
  ],
  [
    /^this privilege is already in the table$/,
    (t) => t('Rettigheden står allerede i tabellen', 'This privilege is in the table already'),
  ],
  ...COMBINATION_MESSAGES,
];

export function fieldMessage(t: Translate, detail: string): string {
  for (const [pattern, text] of MESSAGES) {
    const match = pattern.exec(detail);
    if (match) return text(t, match);
  }
  return detail;
}
