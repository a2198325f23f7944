import type { ProgressDto } from '@samvirke/contracts';

/** Progress as the API answers a funder: one count shown, one small count "<5", one total held back. */
export function progressFixture(): ProgressDto[] {
  const base = {
    programmeId: '00000000-0000-4000-8000-000000000001',
    frequency: 'quarterly' as const,
  };
  const organisation = (id: number, name: string, value: number | '<5' | 'suppressed') => ({
    organisationId: `00000000-0000-4000-8000-00000000001${id}`,
    name,
    value,
  });
  const indicator = {
    code: 'unge-i-uddannelse',
    nameDa: 'Unge i uddannelse',
    nameEn: 'Young people in education',
    unit: 'count' as const,
    polarity: 'higher-is-better' as const,
    sensitive: false,
    aggregateSuppressed: false,
    baseline: 1000,
    previousAggregate: null,
    trend: null,
  };
  const care = {
    code: 'anbragte-boern',
    nameDa: 'Anbragte børn',
    nameEn: 'Children in care',
    unit: 'count' as const,
    polarity: 'lower-is-better' as const,
    sensitive: true,
    baseline: 40,
    previousAggregate: null,
    trend: null,
    attainmentPercent: null,
  };
  return [
    {
      ...base,
      period: '2026-Q1',
      completeness: { expected: 2, approved: 2, share: 100 },
      timeliness: { approved: 2, onTime: 1, share: 50 },
      indicators: [
        {
          ...indicator,
          aggregate: 1250.5,
          contributors: 2,
          target: null,
          attainmentPercent: null,
          organisations: [
            organisation(1, 'Københavns Kommune', 1000),
            organisation(2, '=Aarhus "Øst"; syd', 250.5),
          ],
        },
        {
          ...care,
          aggregate: null,
          aggregateSuppressed: true,
          contributors: 2,
          target: null,
          organisations: [
            organisation(1, 'Københavns Kommune', '<5'),
            organisation(2, '=Aarhus "Øst"; syd', 'suppressed'),
          ],
        },
      ],
    },
    {
      ...base,
      period: '2026-Q2',
      completeness: { expected: 2, approved: 1, share: 50 },
      timeliness: { approved: 1, onTime: 1, share: 100 },
      indicators: [
        {
          ...indicator,
          aggregate: 1300,
          contributors: 1,
          target: 1500,
          attainmentPercent: 60,
          organisations: [organisation(1, 'Københavns Kommune', 1300)],
        },
        {
          ...care,
          aggregate: '<5',
          aggregateSuppressed: false,
          contributors: 1,
          target: 30,
          organisations: [organisation(1, 'Københavns Kommune', '<5')],
        },
      ],
    },
  ];
}
