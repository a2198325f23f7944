import {
  indicatorDefinedV1,
  indicatorRetiredV1,
  indicatorVersionedV1,
  type IndicatorDto,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import {
  checkRetirable,
  checkVersionable,
  codeTaken,
  definedEvent,
  indicatorFilter,
  retiredEvent,
  unknownDenominator,
  versionCode,
  versionedEvent,
} from './indicators.rules.js';

const page = { limit: 20, offset: 40 };

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
  categoryCombinations: [],
  sensitive: true,
  min: 0,
  max: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  lineage: 'hjemloese-unge',
  version: 1,
  status: 'current',
  supersededBy: null,
  retiredAt: null,
};

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

  it('filters the library by status', () => {
    expect(indicatorFilter({ ...page, status: 'retired' })).toEqual({ status: 'retired', ...page });
  });

  it('numbers later versions after the lineage and versions only the current one', () => {
    expect(versionCode('hjemloese-unge', 3)).toBe('hjemloese-unge.v3');
    expect(() => checkVersionable(indicator)).not.toThrow();
    expect(() =>
      checkVersionable({ ...indicator, status: 'superseded', supersededBy: 'hjemloese-unge.v2' }),
    ).toThrow(
      new DomainError(
        'conflict',
        'Only the current version gets a new version: hjemloese-unge is superseded by hjemloese-unge.v2.',
      ),
    );
    expect(() => checkVersionable({ ...indicator, status: 'retired' })).toThrow('hjemloese-unge is retired');
  });

  it('retires current and superseded versions once', () => {
    expect(() => checkRetirable(indicator)).not.toThrow();
    expect(() => checkRetirable({ ...indicator, status: 'superseded' })).not.toThrow();
    expect(() => checkRetirable({ ...indicator, status: 'retired' })).toThrow(
      'The indicator hjemloese-unge is retired already.',
    );
  });

  it('tells of a new version with its lineage and the version it replaced, and of a retirement', () => {
    const next = { ...indicator, id: 'indicator-2', code: 'hjemloese-unge.v2', version: 2 };
    expect(versionedEvent(next, indicator)).toEqual({
      definition: indicatorVersionedV1,
      data: {
        indicatorId: 'indicator-2',
        code: 'hjemloese-unge.v2',
        lineage: 'hjemloese-unge',
        version: 2,
        previousIndicatorId: 'indicator-1',
        previousCode: 'hjemloese-unge',
      },
      options: { subject: 'indicator-2' },
    });
    expect(retiredEvent(indicator)).toEqual({
      definition: indicatorRetiredV1,
      data: { indicatorId: 'indicator-1', code: 'hjemloese-unge', lineage: 'hjemloese-unge', version: 1 },
      options: { subject: 'indicator-1' },
    });
  });
});
