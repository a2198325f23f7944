/**
 * Shared measurement of Realdania's three programmes about places: Det åbne land som dobbelt
 * ressource (Vesthimmerland, Lolland), Rummelighed for alle (Aarhus) and Bygningsarven i
 * landdistrikterne (Tønder, Guldborgsund). Hectares and buildings are counted, not people.
 */
import { count, kroner, percent, type DemoMeasurement } from './demo-measurement-types.js';

export const DET_AABNE_LAND: DemoMeasurement = {
  slug: 'det-aabne-land',
  indicators: [
    {
      definition: count(
        {
          code: 'jordfordeling-hektar',
          nameDa: 'Hektar omfordelt i multifunktionel jordfordeling',
          nameEn: 'Hectares redistributed by multifunctional land consolidation',
          descriptionDa:
            'Areal i hektar, der har skiftet ejer eller anvendelse gennem jordfordeling i kvartalet.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'kommune:820': [120, 340], 'kommune:360': [60, 210] },
      goal: 800,
      spread: 0.25,
    },
    {
      definition: count(
        {
          code: 'lavbund-udtaget-hektar',
          nameDa: 'Lavbundsjord udtaget til natur og klima (hektar i alt)',
          nameEn: 'Low-lying land set aside for nature and climate (hectares in all)',
          descriptionDa: 'Akkumuleret areal af kulstofrig lavbundsjord, der er taget ud af omdrift.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'kommune:820': [410, 1480], 'kommune:360': [280, 1010] },
      goal: 6000,
      spread: 0.01,
    },
    {
      definition: count(
        {
          code: 'lodsejere-med-aftale',
          nameDa: 'Lodsejere med underskrevet jordfordelingsaftale (i alt)',
          nameEn: 'Landowners with a signed land consolidation agreement (in all)',
          descriptionDa: 'Akkumuleret antal lodsejere, der har underskrevet en aftale i projektområderne.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'kommune:820': [14, 61], 'kommune:360': [9, 38] },
      goal: 250,
      spread: 0.02,
    },
    {
      definition: count(
        {
          code: 'tilflyttere-landsbyer',
          nameDa: 'Tilflyttere til landsbyer under 1.000 indbyggere',
          nameEn: 'People moving to villages of fewer than 1,000 inhabitants',
          descriptionDa:
            'Personer, der i løbet af året er flyttet til en landsby i kommunen fra en anden kommune.',
        },
        'higher-is-better',
        {
          disaggregations: [
            { code: 'alder', name: 'Alder', values: ['under-30-aar', 'fra-30-til-49-aar', 'over-50-aar'] },
          ],
        },
      ),
      frequency: 'annual',
      course: { 'kommune:820': [612, 668], 'kommune:360': [433, 470] },
      goal: 1300,
      spread: 0.03,
      split: { alder: [0.34, 0.41, 0.25] },
    },
  ],
  late: ['kommune:360@2025-Q1', 'kommune:360@2025'],
  returned: {
    'kommune:360@2026-Q1': {
      indicator: 'jordfordeling-hektar',
      factor: 10,
      comment: 'Arealet ser ud til at være opgjort i tusind kvadratmeter; angiv det venligst i hektar.',
    },
  },
  open: {},
};

export const RUMMELIGHED: DemoMeasurement = {
  slug: 'rummelighed-for-alle',
  indicators: [
    {
      definition: count(
        {
          code: 'rummelige-faellesskaber',
          nameDa: 'Rummelige fællesskaber i drift',
          nameEn: 'Inclusive communities running',
          descriptionDa:
            'Fællesskaber i boligområderne, der er åbne for mennesker med sindslidelse eller handicap.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'demo:aarhus': [3, 9] },
      goal: 20,
      spread: 0.05,
    },
    {
      definition: percent(
        {
          code: 'oplevet-tilhoersforhold',
          nameDa: 'Deltagere, der oplever at høre til',
          nameEn: 'Participants who feel they belong',
          descriptionDa: 'Andel deltagere, der i den kvartalsvise måling svarer, at de oplever at høre til.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'demo:aarhus': [61, 69.5] },
      goal: 80,
      spread: 0.03,
    },
    {
      definition: count(
        {
          code: 'byrum-medskabt',
          nameDa: 'Byrum udviklet sammen med brugerne (i alt)',
          nameEn: 'Urban spaces designed with their users (in all)',
          descriptionDa: 'Byrumsprojekter, hvor brugerne har været med fra program til indvielse.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'demo:aarhus': [1, 5] },
      goal: 12,
      spread: 0,
    },
  ],
  late: ['demo:aarhus@2025-Q4'],
  returned: {},
  open: { 'demo:aarhus': 'approved' },
};

export const BYGNINGSARVEN: DemoMeasurement = {
  slug: 'bygningsarven-i-landdistrikterne',
  indicators: [
    {
      definition: count(
        {
          code: 'bygninger-taget-i-brug',
          nameDa: 'Istandsatte bygninger taget i brug igen (i alt)',
          nameEn: 'Restored buildings back in use (in all)',
          descriptionDa: 'Akkumuleret antal istandsatte bygninger med en ny, fast anvendelse.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'kommune:550': [4, 17], 'kommune:376': [3, 12] },
      goal: 45,
      spread: 0.02,
    },
    {
      definition: kroner(
        {
          code: 'investering-istandsaettelse',
          nameDa: 'Investering i istandsættelse',
          nameEn: 'Investment in restoration',
          descriptionDa:
            'Kommunens, ejernes og lokale fondes investering i istandsættelse i kvartalet, i kroner.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'kommune:550': [1_850_000, 2_600_000], 'kommune:376': [1_200_000, 1_900_000] },
      goal: 5_000_000,
      spread: 0.2,
    },
    {
      definition: count(
        {
          code: 'ildsjaele-i-driftsforloeb',
          nameDa: 'Ildsjæle, der har gennemført et driftsforløb (i alt)',
          nameEn: 'Local volunteers who completed an operations course (in all)',
          descriptionDa: 'Frivillige, der er klædt på til at drive en istandsat bygning.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'kommune:550': [12, 58], 'kommune:376': [8, 41] },
      goal: 180,
      spread: 0.02,
    },
    {
      definition: count(
        {
          code: 'besoegende-bygninger',
          nameDa: 'Besøgende og brugere i de istandsatte bygninger',
          nameEn: 'Visitors and users of the restored buildings',
          descriptionDa: 'Besøg og brug i løbet af året, talt af bygningernes drivere.',
        },
        'higher-is-better',
      ),
      frequency: 'annual',
      course: { 'kommune:550': [5400, 14_800], 'kommune:376': [3900, 10_200] },
      goal: 50_000,
      spread: 0.05,
    },
  ],
  late: ['kommune:550@2025-Q4'],
  returned: {
    'kommune:376@2025-Q3': {
      indicator: 'investering-istandsaettelse',
      factor: 1.25,
      comment:
        'Beløbet rummer også Realdanias egen bevilling; opgør venligst kun kommunens, ejernes og lokale midler.',
    },
  },
  open: {},
};
