/**
 * What the demo's grants look like: the foundations' commitments to the five programmes, and two
 * open calls with applications in every state — a draft, a submitted one, one under review, and
 * one awarded (co-funded) whose tranches wait for approved reports of one of the programme's
 * indicators: the first paid, the second released by an approved report and paid, the third still
 * waiting for the open quarter's report; and a joint application's award (demo-joint-award.ts)
 * whose tranches are split between its three grantees.
 */
import type { DEMO_ORGANISATIONS } from '@samvirke/testing';
import type { DemoUser } from './demo-api.js';

export const MIO = 100_000_000; // one million kroner in øre

export type Foundation = 'helsefonden' | 'bikubenfonden' | 'realdania';

export const COMMITMENTS: readonly { slug: string; funder: Foundation; amountOre: number }[] = [
  { slug: 'bryd-den-negative-sociale-arv', funder: 'helsefonden', amountOre: 40 * MIO },
  { slug: 'bryd-den-negative-sociale-arv', funder: 'bikubenfonden', amountOre: 15 * MIO },
  { slug: 'hjem-til-alle', funder: 'bikubenfonden', amountOre: 60 * MIO },
  { slug: 'det-aabne-land', funder: 'realdania', amountOre: 25 * MIO },
  { slug: 'rummelighed-for-alle', funder: 'realdania', amountOre: 10 * MIO },
  { slug: 'bygningsarven-i-landdistrikterne', funder: 'realdania', amountOre: 12 * MIO },
];

export type ApplicationState = 'draft' | 'submitted' | 'under-review' | 'awarded';

export interface DemoApplication {
  readonly user: DemoUser;
  readonly organisation: keyof typeof DEMO_ORGANISATIONS;
  readonly title: string;
  readonly amountOre: number;
  readonly state: ApplicationState;
  /** Answers to the call's own form, when it has one. */
  readonly answers?: Readonly<Record<string, unknown>>;
  /** A joint application's partners: each with its budget, confirmed by the user named. */
  readonly partners?: readonly {
    readonly organisation: keyof typeof DEMO_ORGANISATIONS;
    readonly user: DemoUser;
    readonly budgetOre: number;
  }[];
}

export interface DemoCall {
  readonly slug: string;
  readonly funder: Foundation;
  readonly title: string;
  readonly description: string;
  readonly budgetOre: number;
  readonly eligibleOrganisationTypes: string[];
  readonly criteria: { name: string; weight: number }[];
  readonly applications: readonly DemoApplication[];
  /** The call's own application form (the PUT body), when it has one. */
  readonly form?: { readonly questions: readonly Record<string, unknown>[] };
}

/** Vejen til egen bolig asks first whether the municipality has young homeless people, then its own questions. */
const HOUSING_FORM = {
  questions: [
    {
      key: 'hjemloese-unge',
      label: 'Har kommunen unge mellem 18 og 24 år, der er hjemløse eller i risiko for det?',
      type: 'choice',
      options: ['Ja', 'Nej'],
      eligibility: {
        acceptedOptions: ['Ja'],
        message: 'Opslaget støtter kun kommuner med hjemløse unge eller unge i risiko for hjemløshed.',
      },
    },
    { key: 'malgruppe', label: 'Beskriv målgruppen', type: 'text', required: true, maxWords: 200 },
    {
      key: 'boliger',
      label: 'Antal boliger der etableres',
      type: 'number',
      integer: true,
      min: 1,
      required: true,
    },
    {
      key: 'samarbejdspartnere',
      label: 'Samarbejdspartnere',
      type: 'choice',
      options: ['Boligorganisationer', 'Bostøtte', 'Jobcenter', 'Frivillige'],
      multiple: true,
    },
    {
      key: 'milepaele',
      label: 'Milepæle',
      type: 'table',
      columns: [
        { key: 'milepael', label: 'Milepæl', type: 'text' },
        { key: 'boliger', label: 'Boliger', type: 'number' },
      ],
    },
    { key: 'budgetbilag', label: 'Budget som bilag', type: 'file' },
  ],
};

function application(
  user: DemoUser,
  organisation: DemoApplication['organisation'],
  title: string,
  millions: number,
  state: ApplicationState,
): DemoApplication {
  return { user, organisation, title, amountOre: millions * MIO, state };
}

export const CALLS: readonly DemoCall[] = [
  {
    slug: 'bryd-den-negative-sociale-arv',
    funder: 'helsefonden',
    title: 'Tidlig indsats i dagtilbud og skole',
    description:
      'Helsefonden og Bikubenfonden støtter kommuner og civilsamfund, der bryder den negative sociale arv tidligt.',
    budgetOre: 10 * MIO,
    eligibleOrganisationTypes: ['municipality', 'ngo'],
    criteria: [
      { name: 'Forventet effekt for børn og unge', weight: 3 },
      { name: 'Forankring i kommunens drift', weight: 2 },
      { name: 'Samarbejde på tværs', weight: 1 },
    ],
    applications: [
      application('reporterKobenhavn', 'kobenhavn', 'Læselyst i Københavns dagtilbud', 4, 'awarded'),
      application('reporterAarhus', 'aarhus', 'Skolestart for alle i Aarhus', 3, 'under-review'),
      {
        // A joint application: the NGO leads, København takes part with 400.000 kr. of the budget.
        ...application('member', 'ngo', 'Lektiehjælp i boligområder', 1, 'draft'),
        partners: [{ organisation: 'kobenhavn', user: 'reporterKobenhavn', budgetOre: 0.4 * MIO }],
      },
    ],
  },
  {
    slug: 'hjem-til-alle',
    funder: 'bikubenfonden',
    title: 'Vejen til egen bolig',
    description:
      'Bikubenfonden støtter kommuner, der skaffer billige boliger med bostøtte til unge, der er eller risikerer at blive hjemløse.',
    budgetOre: 8 * MIO,
    eligibleOrganisationTypes: ['municipality'],
    criteria: [
      { name: 'Flere unge i egen bolig', weight: 3 },
      { name: 'Samarbejde med boligorganisationer', weight: 2 },
    ],
    form: HOUSING_FORM,
    applications: [
      {
        // A joint award: Aarhus leads, the NGO and København take part; each tranche is paid to all three.
        ...application('reporterAarhus', 'aarhus', 'Fra herberg til egen bolig i Østjylland', 1.5, 'awarded'),
        answers: {
          'hjemloese-unge': 'Ja',
          malgruppe: 'Unge fra Aarhus og København, der bor på herberg, med bostøtte fra Netværket.',
          boliger: 25,
          samarbejdspartnere: ['Boligorganisationer', 'Frivillige'],
        },
        partners: [
          { organisation: 'ngo', user: 'member', budgetOre: 0.5 * MIO },
          { organisation: 'kobenhavn', user: 'reporterKobenhavn', budgetOre: 0.25 * MIO },
        ],
      },
      {
        ...application('reporterKobenhavn', 'kobenhavn', 'Ungeboliger i almene afdelinger', 2.5, 'submitted'),
        answers: {
          'hjemloese-unge': 'Ja',
          malgruppe: 'Unge mellem 18 og 24 år, der bor på herberg eller sofasurfer.',
          boliger: 40,
          samarbejdspartnere: ['Boligorganisationer', 'Bostøtte'],
          milepaele: [
            { milepael: 'Første boliger klar', boliger: 15 },
            { milepael: 'Alle boliger klar', boliger: 40 },
          ],
        },
      },
    ],
  },
];

/** The award's reporting conditions name this indicator of Bryd den negative sociale arv. */
export const AWARD_INDICATOR = 'unge-i-ungdomsuddannelse';
/** The reviewer of the applications under review and of the awarded one. */
export const REVIEWER: DemoUser = 'bikubenfonden';
