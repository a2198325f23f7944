import type { NotificationLanguage } from '@samvirke/contracts';

export interface RenderedMessage {
  readonly subject: string;
  readonly body: string;
}

/** A template file's name, `<name>.<language>.txt`, split; undefined for any other file. */
export function templateFileName(file: string): { name: string; language: string } | undefined {
  const match = /^([a-z0-9-]+)\.([a-z]{2})\.txt$/.exec(file);
  return match?.[1] && match[2] ? { name: match[1], language: match[2] } : undefined;
}

/**
 * Fills a template's {{placeholders}} and splits off its `Subject:` line. A placeholder without a
 * value is an error, never an empty gap in a mail.
 */
export function renderTemplate(
  label: string,
  source: string,
  variables: Readonly<Record<string, string>>,
): RenderedMessage {
  const filled = source.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = variables[key];
    if (value === undefined) throw new Error(`template ${label} needs {{${key}}}`);
    return value;
  });
  const match = /^Subject: (.*)\r?\n\r?\n([\s\S]*)$/.exec(filled);
  if (!match?.[1] || match[2] === undefined)
    throw new Error(`template ${label} must start with a Subject: line and a blank line`);
  return { subject: match[1].trim(), body: match[2].trim() + '\n' };
}

const kroner = (locale: string, digits: number) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
const KRONER = {
  da: { whole: kroner('da-DK', 0), ore: kroner('da-DK', 2) },
  en: { whole: kroner('en-GB', 0), ore: kroner('en-GB', 2) },
} as const;

/**
 * Integer øre as kroner in the reader's language, with øre only when there are any
 * ("1.250.000 kr." / "DKK 1,250,000", "1.250.000,50 kr.").
 */
export function formatOre(amountOre: number, language: NotificationLanguage): string {
  return KRONER[language][amountOre % 100 === 0 ? 'whole' : 'ore'].format(amountOre / 100);
}

const DATE = {
  da: new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
} as const;

export function formatDate(isoDate: string, language: NotificationLanguage): string {
  return DATE[language].format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** Sample variables for template previews and the template test. */
export const SAMPLE_VARIABLES = (language: NotificationLanguage): Record<string, string> => ({
  programmeName: 'Hjem til Alle Alliancen',
  organisationName: 'Københavns Kommune',
  period: '2026-Q2',
  version: '2',
  dueDate: formatDate('2026-07-31', language),
  roles: language === 'da' ? 'dataleverandør' : 'data provider',
  title: 'Rate 2: efter godkendt indberetning for 2026-Q2',
  amount: formatOre(125_000_000, language),
  earliestDate: formatDate('2026-09-01', language),
  paymentReference: 'BET-2026-0042',
  awardingName: 'Helsefonden',
  funderName: 'Bikubenfonden',
  awardAmount: formatOre(300_000_000, language),
  amountBefore: formatOre(300_000_000, language),
  amountAfter: formatOre(350_000_000, language),
  reason: language === 'da' ? 'Uden for vores strategi i år.' : 'Outside our strategy this year.',
  kind: language === 'da' ? 'statusrapporten' : 'progress report',
  comment: language === 'da' ? 'Beskriv resultaterne særskilt.' : 'Describe the results separately.',
  count: '3',
  items: '- Eksempel 1\n- Eksempel 2\n- Eksempel 3',
  authorName: 'Bryd Arven Sekretariatet',
  excerpt: 'Vi holder temadag om data den 3. marts.',
  bodyName: 'Styregruppen',
  startsAt: language === 'da' ? 'tirsdag den 3. marts 2026 kl. 14.00' : 'Tuesday 3 March 2026 at 14:00',
  location: 'Rådhuspladsen 1, København',
  opensOn: formatDate('2026-03-02', language),
  closesOn: formatDate('2026-03-20', language),
  decidedOn: formatDate('2026-03-03', language),
  code: 'unge-i-uddannelse',
  leadName: 'Københavns Kommune',
  answer: language === 'da' ? 'bekræftet sin deltagelse' : 'confirmed taking part',
});
