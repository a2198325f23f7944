import type { ProgressDto } from '@samvirke/contracts';
import {
  dimensionView,
  disaggregationAnswer,
  progressHidesAnything,
  type CategoryValue,
} from './disaggregation.rules.js';
import type { Viewer } from './table-view.js';

type IndicatorProgress = ProgressDto['indicators'][number];

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const KOEN = { code: 'koen', name: 'Køn', values: ['kvinde', 'mand', 'andet'] };

function progress(
  sensitive: boolean,
  values: Record<string, number | '<5' | 'suppressed'>,
): IndicatorProgress {
  const numbers = Object.values(values).filter((value): value is number => typeof value === 'number');
  return {
    code: 'hjemloese-unge',
    nameDa: 'Hjemløse unge',
    nameEn: 'Homeless young people',
    unit: 'count',
    polarity: 'lower-is-better',
    sensitive,
    aggregate: numbers.reduce((sum, value) => sum + value, 0),
    aggregateSuppressed: false,
    contributors: Object.keys(values).length,
    baseline: null,
    target: null,
    attainmentPercent: null,
    previousAggregate: null,
    trend: null,
    organisations: Object.entries(values).map(([organisationId, value]) => ({
      organisationId,
      name: organisationId,
      value,
    })),
  };
}

function split(organisationId: string, kvinde: number, mand: number): CategoryValue[] {
  return [
    { organisationId, indicatorCode: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: kvinde },
    { organisationId, indicatorCode: 'hjemloese-unge', disaggregation: 'koen=mand', value: mand },
  ];
}

const funder: Viewer = { organisations: new Set(), suppressBelow: 5, minContributors: 3 };
const values = [...split(A, 10, 20), ...split(B, 5, 6), ...split(C, 7, 9)];

describe('disaggregated progress', () => {
  it('sums each category over the organisations, and leaves a category nobody reported empty', () => {
    const view = dimensionView(progress(true, { [A]: 30, [B]: 11, [C]: 16 }), KOEN, values, funder);
    expect(view).toEqual({
      code: 'koen',
      name: 'Køn',
      contributors: 3,
      suppressed: false,
      categories: [
        { code: 'kvinde', value: 22 },
        { code: 'mand', value: 35 },
        { code: 'andet', value: null },
      ],
    });
  });

  it('holds back the whole dimension of a sensitive count when one category is a small count', () => {
    const small = [...split(A, 1, 20), ...split(B, 1, 6), ...split(C, 1, 9)];
    const view = dimensionView(progress(true, { [A]: 21, [B]: 7, [C]: 10 }), KOEN, small, funder);
    expect(view.suppressed).toBe(true);
    expect(view.categories.map((category) => category.value)).toEqual([null, null, null]);
  });

  it('holds it back with too few organisations, or fewer than two besides the caller’s own', () => {
    const two = [...split(A, 10, 20), ...split(B, 5, 6)];
    const lenient = { ...funder, minContributors: 2 };
    expect(dimensionView(progress(true, { [A]: 30, [B]: 11 }), KOEN, two, funder).suppressed).toBe(true);
    expect(dimensionView(progress(true, { [A]: 30, [B]: 11 }), KOEN, two, lenient).suppressed).toBe(false);
    // B's reporter minus their own figures would read A's categories.
    const ownB = { ...lenient, organisations: new Set([B]) };
    expect(dimensionView(progress(true, { [A]: 30, [B]: 11 }), KOEN, two, ownB).suppressed).toBe(true);
  });

  it('holds it back whenever the indicator’s own progress hides anything from the caller', () => {
    const hiding = progress(true, { [A]: 30, [B]: '<5', [C]: 'suppressed' });
    expect(progressHidesAnything(hiding)).toBe(true);
    expect(dimensionView(hiding, KOEN, values, funder).suppressed).toBe(true);
  });

  it('holds it back when a unit under a shown folded row is hidden', () => {
    const shown = progress(true, { [A]: 30, [B]: 43, [C]: 50 });
    expect(progressHidesAnything(shown)).toBe(false);
    const unit = (id: string, value: 40 | '<5') => ({
      organisationId: id,
      name: id,
      parentOrganisationId: B,
      value,
    });
    const folded = {
      ...shown,
      organisations: shown.organisations.map((row) =>
        row.organisationId === B ? { ...row, units: [unit('u1', '<5'), unit('u2', 40)] } : row,
      ),
    };
    expect(progressHidesAnything(folded)).toBe(true);
    expect(dimensionView(folded, KOEN, values, funder).suppressed).toBe(true);
  });

  it('shows an organisation its own figures, and any figures of an indicator that is not sensitive', () => {
    const own = { ...funder, organisations: new Set([A]) };
    expect(dimensionView(progress(true, { [A]: 3 }), KOEN, split(A, 1, 2), own).categories[0]?.value).toBe(1);
    expect(dimensionView(progress(false, { [A]: 3 }), KOEN, split(A, 1, 2), funder).suppressed).toBe(false);
  });

  it('answers only for indicators that have disaggregations', () => {
    const answer = disaggregationAnswer(
      {
        programmeId: A,
        period: '2026-Q2',
        frequency: 'quarterly',
        completeness: { expected: 3, approved: 3, share: 100 },
        timeliness: { approved: 3, onTime: 3, share: 100 },
        indicators: [],
      },
      [
        { progress: progress(true, { [A]: 30, [B]: 11, [C]: 16 }), disaggregations: [KOEN] },
        { progress: { ...progress(false, {}), code: 'uden' }, disaggregations: [] },
      ],
      values,
      funder,
    );
    expect(answer.indicators.map((indicator) => [indicator.code, indicator.dimensions.length])).toEqual([
      ['hjemloese-unge', 1],
    ]);
  });
});
