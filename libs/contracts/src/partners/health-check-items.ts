/**
 * The collective impact health check's items, declared in code and versioned: a round keeps the
 * version it was opened with, so its answers are always read against the wording they were given
 * to. A change of wording, order or number of items is a new version; a landed version is never
 * edited.
 *
 * The items are Samvirke's own wording, modelled on the five conditions of collective impact
 * (common agenda, shared measurement, mutually reinforcing activities, continuous communication,
 * backbone support). They are not a licensed or psychometrically validated instrument, and are not
 * copied from one.
 */
export const HEALTH_CHECK_CONDITIONS = [
  'common-agenda',
  'shared-measurement',
  'mutually-reinforcing-activities',
  'continuous-communication',
  'backbone-support',
] as const;
export type HealthCheckCondition = (typeof HEALTH_CHECK_CONDITIONS)[number];

export interface Bilingual {
  readonly da: string;
  readonly en: string;
}

export interface HealthCheckItem {
  /** Stable within a version; the key an answer is given under. */
  readonly id: string;
  readonly condition: HealthCheckCondition;
  readonly text: Bilingual;
}

export interface HealthCheckItemSet {
  readonly version: number;
  readonly conditions: Readonly<Record<HealthCheckCondition, Bilingual>>;
  /** The five points of the scale, 1 first. */
  readonly scale: readonly [Bilingual, Bilingual, Bilingual, Bilingual, Bilingual];
  readonly items: readonly HealthCheckItem[];
}

/**
 * The answer outside the scale, offered with every item of every version: 0, "Ved ikke". It counts
 * as a response but never in a mean; the results show how many chose it.
 */
export const HEALTH_CHECK_DONT_KNOW = { value: 0, label: { da: 'Ved ikke', en: "Don't know" } } as const;

const item = (id: string, condition: HealthCheckCondition, da: string, en: string): HealthCheckItem => ({
  id,
  condition,
  text: { da, en },
});

const VERSION_1: HealthCheckItemSet = {
  version: 1,
  conditions: {
    'common-agenda': { da: 'Fælles dagsorden', en: 'Common agenda' },
    'shared-measurement': { da: 'Fælles måling', en: 'Shared measurement' },
    'mutually-reinforcing-activities': {
      da: 'Gensidigt forstærkende aktiviteter',
      en: 'Mutually reinforcing activities',
    },
    'continuous-communication': { da: 'Løbende kommunikation', en: 'Continuous communication' },
    'backbone-support': { da: 'Støtte fra backbone-organisationen', en: 'Backbone support' },
  },
  scale: [
    { da: 'Helt uenig', en: 'Strongly disagree' },
    { da: 'Uenig', en: 'Disagree' },
    { da: 'Hverken enig eller uenig', en: 'Neither agree nor disagree' },
    { da: 'Enig', en: 'Agree' },
    { da: 'Helt enig', en: 'Strongly agree' },
  ],
  items: [
    item(
      'ca-1',
      'common-agenda',
      'Vi har en fælles forståelse af det problem, programmet skal løse.',
      'We share an understanding of the problem the programme sets out to solve.',
    ),
    item(
      'ca-2',
      'common-agenda',
      'Min organisation kan stå inde for programmets vision og mål.',
      'My organisation stands behind the programme’s vision and goals.',
    ),
    item(
      'ca-3',
      'common-agenda',
      'Vores beslutninger tager udgangspunkt i den fælles dagsorden.',
      'Our decisions start from the common agenda.',
    ),
    item(
      'ca-4',
      'common-agenda',
      'Programmets mål er tydelige nok til, at vi kan prioritere efter dem.',
      'The programme’s goals are clear enough for us to set priorities by.',
    ),
    item(
      'sm-1',
      'shared-measurement',
      'Vi er enige om, hvilke indikatorer der viser, om vi lykkes.',
      'We agree on which indicators show whether we succeed.',
    ),
    item(
      'sm-2',
      'shared-measurement',
      'Min organisation bruger de fælles data i sit eget arbejde.',
      'My organisation uses the shared data in its own work.',
    ),
    item(
      'sm-3',
      'shared-measurement',
      'Vi drøfter data sammen og justerer indsatsen ud fra dem.',
      'We discuss the data together and adjust our work in the light of it.',
    ),
    item(
      'mr-1',
      'mutually-reinforcing-activities',
      'Jeg ved, hvad de andre partnere gør for at nå de fælles mål.',
      'I know what the other partners do to reach the shared goals.',
    ),
    item(
      'mr-2',
      'mutually-reinforcing-activities',
      'Vores aktiviteter supplerer hinanden i stedet for at overlappe.',
      'Our activities complement each other instead of overlapping.',
    ),
    item(
      'mr-3',
      'mutually-reinforcing-activities',
      'Min organisations indsats er en tydelig del af den samlede plan.',
      'My organisation’s work is a clear part of the overall plan.',
    ),
    item(
      'cc-1',
      'continuous-communication',
      'Jeg får den information, jeg har brug for, i tide.',
      'I get the information I need in good time.',
    ),
    item(
      'cc-2',
      'continuous-communication',
      'Der er tillid mellem partnerne, også når vi er uenige.',
      'There is trust between the partners, also when we disagree.',
    ),
    item(
      'cc-3',
      'continuous-communication',
      'Vi taler åbent om det, der ikke virker.',
      'We talk openly about what does not work.',
    ),
    item(
      'bs-1',
      'backbone-support',
      'Backbone-organisationen holder fremdriften i programmet.',
      'The backbone organisation keeps the programme moving.',
    ),
    item(
      'bs-2',
      'backbone-support',
      'Backbone-organisationen lytter til alle partnere og tager ikke parti.',
      'The backbone organisation listens to every partner and does not take sides.',
    ),
    item(
      'bs-3',
      'backbone-support',
      'Jeg får den støtte fra backbone-organisationen, som jeg har brug for.',
      'I get the support I need from the backbone organisation.',
    ),
  ],
};

/** Every version ever used, by number; rounds are opened with the current one. */
export const HEALTH_CHECK_ITEM_SETS: Readonly<Record<number, HealthCheckItemSet>> = { 1: VERSION_1 };
export const CURRENT_HEALTH_CHECK_VERSION = 1;

export function healthCheckItemSet(version: number): HealthCheckItemSet | undefined {
  return HEALTH_CHECK_ITEM_SETS[version];
}
