import {
  attainmentPercent,
  indicatorProgress,
  progressAnswer,
  share,
  tableKey,
  trend,
  viewerOf,
  type IndicatorFigures,
} from './progress.rules.js';
import { tableView, type PeriodFigures } from './table-view.js';

const indicator = (extra: Partial<IndicatorFigures> = {}): IndicatorFigures => ({
  indicatorId: 'i',
  code: 'hjemloese-unge',
  nameDa: 'Hjemløse unge',
  nameEn: 'Homeless young people',
  unit: 'count',
  polarity: 'lower-is-better',
  sensitive: true,
  aggregation: 'sum',
  denominatorId: null,
  baseline: 100,
  target: 80,
  ...extra,
});
const figures = (values: Record<string, number>, aggregate?: number): PeriodFigures => ({
  aggregate: aggregate ?? Object.values(values).reduce((total, value) => total + value, 0),
  values: Object.entries(values).map(([organisationId, value]) => ({
    organisationId,
    name: organisationId,
    value,
  })),
});
const funder = { organisations: new Set(['helsefonden']), suppressBelow: 5, minContributors: 3 };
const shown = (view: ReturnType<typeof tableView>) =>
  Object.fromEntries(view.organisations.map((entry) => [entry.organisationId, entry.value]));

describe('progress as one caller may see it', () => {
  it('never shows a total beside every other organisation of a hidden small count', () => {
    const view = tableView(indicator(), figures({ kk: 3, aarhus: 40, odense: 50 }), funder);
    expect(shown(view)).toEqual({ kk: '<5', aarhus: 'suppressed', odense: 50 });
    expect(view.aggregate).toBe(93);
    const aarhus = tableView(indicator(), figures({ kk: 3, aarhus: 40, odense: 50 }), {
      ...funder,
      organisations: new Set(['aarhus']),
    });
    // Aarhus knows its own 40, so hiding it protects nothing from Aarhus: Odense's figure goes instead.
    expect(shown(aarhus)).toEqual({ kk: '<5', aarhus: 40, odense: 'suppressed' });
  });

  it('hides the total and every other organisation when too few contributed, but not from the organisation itself', () => {
    const alone = figures({ aarhus: 50 });
    const view = tableView(indicator(), alone, funder);
    expect(view).toMatchObject({ aggregate: null, aggregateSuppressed: true });
    expect(shown(view)).toEqual({ aarhus: 'suppressed' });
    const own = tableView(indicator(), alone, { ...funder, organisations: new Set(['aarhus']) });
    expect(own).toMatchObject({ aggregate: 50, aggregateSuppressed: false });
    expect(shown(own)).toEqual({ aarhus: 50 });
  });

  it('hides a weighted mean whose weights hide a small count, since the shares would solve for it', () => {
    const weights = tableView(
      indicator({ indicatorId: 'w', sensitive: true }),
      figures({ kk: 3, aarhus: 40, odense: 50 }),
      funder,
    );
    const share = indicator({
      code: 'andel-i-uddannelse',
      unit: 'percent',
      sensitive: false,
      aggregation: 'weighted-mean',
      denominatorId: 'w',
    });
    const shares = figures({ kk: 50, aarhus: 80, odense: 60 }, (3 * 50 + 40 * 80 + 50 * 60) / 93);
    const view = tableView(share, shares, funder, weights);
    expect(view).toMatchObject({ aggregate: null, aggregateSuppressed: true });
    expect(shown(view)).toEqual({ kk: 50, aarhus: 80, odense: 60 });
    const unweighted = tableView(
      share,
      shares,
      funder,
      tableView(indicator(), figures({ a: 30, b: 40, c: 50 }), funder),
    );
    expect(unweighted.aggregateSuppressed).toBe(false);
  });

  it("shows the previous period's aggregate and the trend only as this caller may see them there", () => {
    const current = tableView(indicator(), figures({ aarhus: 40, kk: 45, odense: 50 }), funder);
    const previous = tableView(indicator(), figures({ kk: 3, aarhus: 40, odense: 50 }), {
      ...funder,
      minContributors: 1,
    });
    // Last quarter's 93 included a hidden 3 beside 40 and 50 shown there: it may only be shown if
    // that period's own view shows it (it does, with Aarhus hidden instead).
    expect(indicatorProgress(indicator(), current, previous, 3)).toMatchObject({
      aggregate: 135,
      previousAggregate: 93,
      trend: 'up',
    });
    const hiddenBefore = tableView(indicator(), figures({ kk: 3, aarhus: 40 }), funder);
    expect(hiddenBefore.aggregateSuppressed).toBe(true);
    expect(indicatorProgress(indicator(), current, hiddenBefore, 3)).toMatchObject({
      previousAggregate: null,
      trend: null,
      attainmentPercent: -175,
    });
  });
});

describe('the progress answer', () => {
  it('compares with the baseline and target, the previous period and the whole, to one decimal', () => {
    expect(attainmentPercent(90, 100, 80)).toBe(50);
    expect(attainmentPercent(90, 100, 100)).toBeNull();
    expect(attainmentPercent(null, 100, 80)).toBeNull();
    expect(attainmentPercent(90, null, 80)).toBeNull();
    expect([trend(5, 4), trend(4, 5), trend(4, 4), trend(null, 4), trend(4, null)]).toEqual([
      'up',
      'down',
      'flat',
      null,
      null,
    ]);
    expect(share(2, 3)).toBe(66.7);
    expect(share(0, 0)).toBeNull();
  });

  it("shows a weighted mean only where its weights' table hides nothing from the caller", () => {
    const weights = indicator({ indicatorId: 'w', code: 'unge-i-maalgruppe', sensitive: true });
    const mean = indicator({
      indicatorId: 'm',
      code: 'andel-i-uddannelse',
      unit: 'percent',
      sensitive: false,
      aggregation: 'weighted-mean',
      denominatorId: 'w',
      baseline: null,
      target: null,
    });
    const tables = new Map([
      [tableKey('2026-Q2', 'w'), figures({ kk: 3, aarhus: 40, odense: 50 })],
      [tableKey('2026-Q2', 'm'), figures({ kk: 50, aarhus: 80, odense: 60 }, 70)],
      [tableKey('2026-Q1', 'w'), figures({ kk: 30, aarhus: 40, odense: 50 })],
      [tableKey('2026-Q1', 'm'), figures({ kk: 50, aarhus: 80, odense: 60 }, 65)],
    ]);
    const answer = progressAnswer(
      {
        programmeId: 'programme-1',
        period: '2026-Q2',
        previousPeriod: '2026-Q1',
        frequency: 'quarterly',
        // The weights are not tracked by the programme itself: a denominator only.
        figures: { indicators: [mean], denominators: [weights], tables, contributors: new Map([['m', 3]]) },
        completeness: { expected: 4, approved: 3, onTime: 2 },
      },
      viewerOf(['helsefonden'], { suppressBelow: 5, minContributors: 3 }),
    );
    expect(answer.completeness).toEqual({ expected: 4, approved: 3, share: 75 });
    expect(answer.timeliness).toEqual({ approved: 3, onTime: 2, share: 66.7 });
    expect(answer.indicators).toHaveLength(1);
    expect(answer.indicators[0]).toMatchObject({
      code: 'andel-i-uddannelse',
      aggregate: null,
      aggregateSuppressed: true,
      contributors: 3,
      previousAggregate: 65,
      trend: null,
    });
  });
});
