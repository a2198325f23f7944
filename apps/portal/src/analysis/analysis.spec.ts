import type { AnalyticsDto } from '@samvirke/contracts';
import { analysisQuery, analysisTable, NO_CHOICE } from './analysis.js';

const t = (da: string) => da;

describe('the analysis page', () => {
  it('asks for the dimensions and filters chosen, and nothing for what is left open', () => {
    expect(analysisQuery(NO_CHOICE)).toBe('');
    expect(
      analysisQuery({
        place: 'region',
        disaggregation: true,
        indicator: 'hjemloese-unge',
        from: '2025-Q1',
        to: '2025-Q4',
        region: '1084',
      }),
    ).toBe('by=region%2Cdisaggregation&indicators=hjemloese-unge&from=2025-Q1&to=2025-Q4&regions=1084');
  });

  it('downloads the rows as the API showed them, held-back figures as words', () => {
    const answer: AnalyticsDto = {
      programmeId: '5f0c2a4e-8d4b-4a53-9d7e-0c8f6f1b2a11',
      by: ['region', 'disaggregation'],
      indicators: [{ code: 'x', nameDa: 'Unge', unit: 'count', aggregation: 'sum', sensitive: true }],
      rows: [
        {
          indicator: 'x',
          period: '2025-Q2',
          organisationId: null,
          organisationName: null,
          regionCode: '1084',
          regionName: 'Region Hovedstaden',
          disaggregation: null,
          value: 'suppressed',
          contributors: 2,
        },
        {
          indicator: 'x',
          period: '2025-Q2',
          organisationId: null,
          organisationName: null,
          regionCode: '1082',
          regionName: 'Region Midtjylland',
          disaggregation: 'koen=kvinde',
          value: '<5',
          contributors: 3,
        },
      ],
    };
    expect(analysisTable(answer, t)).toEqual({
      columns: ['Indikator', 'Periode', 'Region', 'Opdeling', 'Værdi', 'Bidragydere'],
      rows: [
        ['Unge', '2025-Q2', 'Region Hovedstaden', 'i alt', 'undertrykt', 2],
        ['Unge', '2025-Q2', 'Region Midtjylland', 'koen=kvinde', '<5', 3],
      ],
    });
  });
});
