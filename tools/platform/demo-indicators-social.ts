/**
 * Shared measurement of the two social programmes: Bryd den negative sociale arv (København, Aarhus,
 * Odense) and Hjem til Alle Alliancen (København, Aalborg, Esbjerg). The figures are invented but
 * of the size these municipalities report.
 */
import { count, percent, type DemoMeasurement } from './demo-measurement-types.js';

const ALDER_BOERN = {
  code: 'alder',
  name: 'Alder',
  values: ['under-6-aar', 'fra-6-til-12-aar', 'fra-13-til-17-aar'],
};

export const BRYD_ARVEN: DemoMeasurement = {
  slug: 'bryd-den-negative-sociale-arv',
  indicators: [
    {
      definition: count(
        {
          code: 'unge-i-ungdomsuddannelse',
          nameDa: 'Unge fra udsatte familier i gang med en ungdomsuddannelse',
          nameEn: 'Young people from vulnerable families in upper secondary education',
          descriptionDa:
            'Unge 15–24 år fra familier på kontanthjælp eller uden uddannelse, der er i gang med en ungdomsuddannelse ved kvartalets udgang.',
        },
        'higher-is-better',
        { koen: true },
      ),
      frequency: 'quarterly',
      course: { 'demo:kobenhavn': [1840, 2010], 'demo:aarhus': [960, 1050], 'kommune:461': [705, 748] },
      goal: 4200,
      spread: 0.02,
      split: { koen: [0.52, 0.48] },
    },
    {
      definition: percent(
        {
          code: 'bekymrende-skolefravaer',
          nameDa: 'Elever med bekymrende skolefravær',
          nameEn: 'Pupils with worrying absence from school',
          descriptionDa: 'Andel elever i 0.–9. klasse med mere end 10 % fravær i kvartalet.',
        },
        'lower-is-better',
      ),
      frequency: 'quarterly',
      course: { 'demo:kobenhavn': [15.8, 13.1], 'demo:aarhus': [13.9, 12.2], 'kommune:461': [14.6, 13.9] },
      goal: 9,
      spread: 0.05,
    },
    {
      definition: percent(
        {
          code: 'alderssvarende-sprog',
          nameDa: '3-årige med alderssvarende sprog',
          nameEn: 'Three-year-olds with age-appropriate language',
          descriptionDa: 'Andel 3-årige i dagtilbud, der har alderssvarende sprog ved sprogvurderingen.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'demo:kobenhavn': [71.5, 76], 'demo:aarhus': [74.2, 78.9], 'kommune:461': [72.8, 74.1] },
      goal: 85,
      spread: 0.015,
    },
    {
      definition: count(
        {
          code: 'nye-anbringelser',
          nameDa: 'Nye anbringelser uden for hjemmet',
          nameEn: 'New placements in out-of-home care',
          descriptionDa: 'Børn og unge 0–17 år, der er anbragt uden for hjemmet i kvartalet.',
        },
        'lower-is-better',
        { sensitive: true, disaggregations: [ALDER_BOERN] },
      ),
      frequency: 'quarterly',
      course: { 'demo:kobenhavn': [96, 84], 'demo:aarhus': [47, 41], 'kommune:461': [36, 33] },
      goal: 130,
      spread: 0.08,
      split: { alder: [0.28, 0.32, 0.4] },
    },
    {
      definition: percent(
        {
          code: 'ungdomsuddannelse-som-25-aarig',
          nameDa: '25-årige fra udsatte familier med en ungdomsuddannelse',
          nameEn: '25-year-olds from vulnerable families with upper secondary education',
          descriptionDa: 'Andel 25-årige fra udsatte familier, der har gennemført en ungdomsuddannelse.',
        },
        'higher-is-better',
      ),
      frequency: 'annual',
      course: { 'demo:kobenhavn': [58.4, 61], 'demo:aarhus': [61.2, 63.5], 'kommune:461': [57.9, 59.2] },
      goal: 70,
      spread: 0.01,
    },
  ],
  late: ['kommune:461@2025-Q2', 'kommune:461@2026-Q1', 'demo:aarhus@2025-Q3'],
  returned: {
    'demo:kobenhavn@2025-Q4': {
      indicator: 'nye-anbringelser',
      factor: 10,
      comment: 'Tallet for nye anbringelser er ti gange højere end sidste kvartal; tjek venligst opgørelsen.',
    },
  },
  open: { 'demo:kobenhavn': 'returned', 'demo:aarhus': 'submitted' },
  openReturn: {
    indicator: 'bekymrende-skolefravaer',
    factor: 0.5,
    comment:
      'Fraværet ser for lavt ud i forhold til skolernes egne tal; kontrollér venligst, at alle skoler er med.',
  },
};

export const HJEM_TIL_ALLE: DemoMeasurement = {
  slug: 'hjem-til-alle',
  indicators: [
    {
      definition: count(
        {
          code: 'hjemloese-unge',
          nameDa: 'Hjemløse unge 18–24 år',
          nameEn: 'Homeless young people aged 18–24',
          descriptionDa: 'Unge 18–24 år uden egen bolig, som kommunen kender ved kvartalets udgang.',
        },
        'lower-is-better',
        {
          sensitive: true,
          koen: true,
          disaggregations: [
            { code: 'alder', name: 'Aldersgruppe', values: ['fra-18-til-20-aar', 'fra-21-til-24-aar'] },
          ],
          categoryCombinations: [
            { code: 'koen-alder', name: 'Køn × aldersgruppe', dimensions: ['koen', 'alder'] },
          ],
        },
      ),
      frequency: 'quarterly',
      course: { 'demo:kobenhavn': [452, 371], 'kommune:851': [118, 97], 'kommune:561': [47, 41] },
      goal: 308,
      spread: 0.03,
      split: { koen: [0.3, 0.7], alder: [0.42, 0.58] },
    },
    {
      definition: count(
        {
          code: 'unge-i-housing-first',
          nameDa: 'Unge i et Housing First-forløb',
          nameEn: 'Young people in a Housing First programme',
          descriptionDa: 'Unge, der bor i egen bolig med bostøtte efter CTI, ICM eller ACT.',
        },
        'higher-is-better',
        {
          sensitive: true,
          disaggregations: [{ code: 'metode', name: 'Bostøttemetode', values: ['cti', 'icm-eller-act'] }],
        },
      ),
      frequency: 'quarterly',
      course: { 'demo:kobenhavn': [168, 262], 'kommune:851': [46, 79], 'kommune:561': [22, 38] },
      goal: 600,
      spread: 0.04,
      split: { metode: [0.6, 0.4] },
    },
    {
      definition: count(
        {
          code: 'ungeboliger-anvist',
          nameDa: 'Billige ungeboliger anvist til hjemløse unge',
          nameEn: 'Affordable youth dwellings allocated to homeless young people',
          descriptionDa: 'Boliger med en husleje, en ung på kontanthjælp kan betale, anvist i kvartalet.',
        },
        'higher-is-better',
      ),
      frequency: 'quarterly',
      course: { 'demo:kobenhavn': [31, 44], 'kommune:851': [11, 16], 'kommune:561': [6, 9] },
      goal: 90,
      spread: 0.12,
    },
    {
      definition: count(
        {
          code: 'udskrevet-uden-bolig',
          nameDa: 'Unge udskrevet uden en bolig',
          nameEn: 'Young people discharged without a home',
          descriptionDa: 'Unge udskrevet fra institution, hospital eller fængsel uden en bolig at gå til.',
        },
        'lower-is-better',
        { sensitive: true },
      ),
      frequency: 'quarterly',
      course: { 'demo:kobenhavn': [16, 11], 'kommune:851': [8, 6], 'kommune:561': [7, 6] },
      goal: 0,
      spread: 0.1,
    },
    {
      definition: percent(
        {
          code: 'egen-bolig-efter-et-aar',
          nameDa: 'Unge i egen bolig et år efter indflytning',
          nameEn: 'Young people still in their own home a year after moving in',
          descriptionDa: 'Andel unge i Housing First-forløb, der stadig bor i egen bolig efter 12 måneder.',
        },
        'higher-is-better',
      ),
      frequency: 'annual',
      course: { 'demo:kobenhavn': [78.5, 83], 'kommune:851': [81, 84.5], 'kommune:561': [76, 80.2] },
      goal: 90,
      spread: 0.01,
    },
  ],
  late: ['kommune:561@2025-Q4', 'kommune:851@2026-Q2'],
  returned: {
    'kommune:561@2025-Q2': {
      indicator: 'unge-i-housing-first',
      factor: 0.6,
      comment: 'De unge i ICM-teamets forløb mangler i tallet; medtag venligst alle bostøttemetoder.',
    },
  },
  small: { report: 'kommune:561@2025-Q3', indicator: 'udskrevet-uden-bolig', value: 3 },
  open: { 'demo:kobenhavn': 'submitted' },
};
