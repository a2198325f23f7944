import { indicatorDefinedV1, type IndicatorDto } from '@samvirke/contracts';
import { codeTaken, definedEvent, indicatorFilter, unknownDenominator } from './indicators.rules.js';

const page = { limit: 20, offset: 40 };

describe('indicator library rules', () => {
  it('searches for the words given literally, escaping LIKE wildcards and the escape itself', () => {
    expect(indicatorFilter({ ...page, q: 'unge' })).toEqual({ pattern: '%unge%', ...page });
    expect(indicatorFilter({ ...page, q: '50%_a\\b' })).toEqual({ pattern: '%50\\%\\_a\\\\b%', ...page });
    expect(indicatorFilter({ ...page, unit: 'percent' })).toEqual({ unit: 'percent', ...page });
    expect(indicatorFilter(page)).toEqual(page);
  });

  it('points an unknown denominator and a taken code at their fields', () => {
    expect(unknownDenominator('ukendt')).toMatchObject({
      kind: 'invalid',
      errors: [{ pointer: '/denominatorCode', detail: 'no indicator has code ukendt' }],
    });
    expect(codeTaken('hjemloese-unge')).toMatchObject({
      kind: 'conflict',
      message: 'An indicator with code hjemloese-unge exists.',
      errors: [{ pointer: '/code', detail: 'already defined' }],
    });
  });

  it('tells of a defined indicator by its id, without descriptions, limits or disaggregations', () => {
    const indicator: IndicatorDto = {
      id: 'indicator-1',
      code: 'hjemloese-unge',
      nameDa: 'Hjemløse unge',
      nameEn: 'Homeless young people',
      descriptionDa: 'Antal',
      descriptionEn: 'Number',
      unit: 'count',
      valueType: 'integer',
      scale: 0,
      aggregation: 'sum',
      denominatorCode: null,
      polarity: 'lower-is-better',
      disaggregations: [{ code: 'koen', name: 'Køn', values: ['kvinde', 'mand'] }],
      sensitive: true,
      min: 0,
      max: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    expect(definedEvent(indicator)).toEqual({
      definition: indicatorDefinedV1,
      data: {
        indicatorId: 'indicator-1',
        code: 'hjemloese-unge',
        nameDa: 'Hjemløse unge',
        nameEn: 'Homeless young people',
        unit: 'count',
        valueType: 'integer',
        aggregation: 'sum',
        polarity: 'lower-is-better',
        sensitive: true,
      },
      options: { subject: 'indicator-1' },
    });
  });
});
