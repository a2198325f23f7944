import type { ReportingPeriodDto, SubmissionListItem } from '@samvirke/contracts';
import { progressFixture } from '../../test/progress-fixture.js';
import { heatmap, reportState } from './heatmap.js';
import { healthPeriod, portfolioTotals, programmeHealth, trackState } from './portfolio.js';
import { additive, NO_REGION, regionGroups } from './regions.js';
import { disaggregationTable } from './disaggregation.js';

const period = (
  id: string,
  label: string,
  dueDate: string,
  status: ReportingPeriodDto['status'],
): ReportingPeriodDto => ({
  id,
  programmeId: 'p',
  frequency: 'quarterly',
  period: label,
  dueDate,
  status,
  openedAt: '2026-01-01T00:00:00Z',
  closedAt: null,
});

const submission = (
  periodId: string,
  organisationId: string,
  status: SubmissionListItem['status'],
  submittedAt: string | null,
): SubmissionListItem => ({
  id: `${periodId}-${organisationId}`,
  programmeId: 'p',
  periodId,
  organisationId,
  version: 1,
  status,
  savedBy: 'x',
  savedAt: '2026-01-01T00:00:00Z',
  submittedAt,
  decidedBy: null,
  decidedAt: null,
  comment: null,
});

describe('the portfolio', () => {
  const [q1, q2] = progressFixture();
  if (!q1 || !q2) throw new Error('fixture');

  it('calls an indicator off track when the period has a target it falls short of', () => {
    expect(q2.indicators.map(trackState)).toEqual(['off-track', 'no-figure']);
    expect(q1.indicators.map(trackState)).toEqual(['no-target', 'no-target']);
    const reached = { ...q2.indicators[0], aggregate: 1600, attainmentPercent: 120 };
    expect(trackState(reached)).toBe('on-track');
  });

  it('judges reporting by the latest closed period, else the latest open one', () => {
    const periods = [
      period('a', '2026-Q1', '2026-04-30', 'closed'),
      period('b', '2026-Q3', '2026-10-31', 'open'),
      period('c', '2026-Q2', '2026-07-31', 'closed'),
    ];
    expect(healthPeriod(periods)?.period).toBe('2026-Q2');
    expect(healthPeriod(periods.filter((item) => item.status === 'open'))?.period).toBe('2026-Q3');
    expect(healthPeriod([])).toBeNull();
    // A locked period is a finished one too (the view then reads it "låst").
    const locked = [...periods, period('d', '2026-Q4', '2027-01-31', 'locked')];
    expect(healthPeriod(locked)).toMatchObject({ period: '2026-Q4', status: 'locked' });
  });

  it('adds up the money of the programmes whose money the caller sees, and counts off-track indicators', () => {
    const total = { committedOre: 100_00, awardedOre: 40_00, paidOre: 10_00, remainingOre: 60_00 };
    const funded = programmeHealth(
      { id: '1', name: 'A' },
      { programmeId: '1', funders: [], total },
      null,
      q2,
    );
    const unseen = programmeHealth({ id: '2', name: 'B' }, null, null, q1);
    expect(funded.offTrack).toEqual([
      {
        code: 'unge-i-uddannelse',
        nameDa: 'Unge i uddannelse',
        nameEn: 'Young people in education',
        attainmentPercent: 60,
      },
    ]);
    expect(funded.completeness).toEqual({ expected: 2, approved: 1, share: 50 });
    expect(portfolioTotals([funded, unseen, funded])).toEqual({
      committedOre: 200_00,
      awardedOre: 80_00,
      paidOre: 20_00,
      offTrack: 2,
      funded: 2,
    });
  });
});

describe('the heatmap', () => {
  const q1 = period('q1', '2026-Q1', '2026-04-30', 'closed');
  const q2 = period('q2', '2026-Q2', '2026-07-31', 'open');

  it('tells on time, late, returned, missing and not yet due apart', () => {
    expect(reportState(q1, submission('q1', 'a', 'approved', '2026-04-30T21:00:00Z'), '2026-06-01')).toBe(
      'on-time',
    );
    expect(reportState(q1, submission('q1', 'a', 'submitted', '2026-05-01T08:00:00Z'), '2026-06-01')).toBe(
      'late',
    );
    expect(reportState(q1, submission('q1', 'a', 'returned', '2026-04-01T08:00:00Z'), '2026-06-01')).toBe(
      'returned',
    );
    expect(reportState(q1, submission('q1', 'a', 'draft', null), '2026-06-01')).toBe('missing');
    expect(reportState(q1, undefined, '2026-04-30')).toBe('not-due');
  });

  it('lays organisations by name against periods oldest first, and counts each state', () => {
    const map = heatmap(
      [q2, q1],
      [
        { organisationId: 'b', organisationName: 'Århus' },
        { organisationId: 'a', organisationName: 'Aalborg' },
      ],
      [submission('q1', 'a', 'approved', '2026-04-02T00:00:00Z'), submission('q2', 'b', 'returned', null)],
      '2026-06-01',
    );
    expect(map.periods.map((item) => item.period)).toEqual(['2026-Q1', '2026-Q2']);
    // Danish order: "Aa" is "Å", so Aalborg and Århus sort together at the end of the alphabet.
    expect(map.rows.map((row) => [row.name, ...row.cells])).toEqual([
      ['Aalborg', 'on-time', 'not-due'],
      ['Århus', 'missing', 'returned'],
    ]);
    expect(map.counts).toEqual({ 'on-time': 1, late: 0, returned: 1, missing: 1, 'not-due': 1 });
  });
});

describe('the region view', () => {
  const values = [
    { organisationId: 'kbh', name: 'Københavns Kommune', value: 1000 },
    { organisationId: 'frb', name: 'Frederiksberg Kommune', value: 250 },
    { organisationId: 'aar', name: 'Aarhus Kommune', value: '<5' as const },
    { organisationId: 'ode', name: 'Odense Kommune', value: 'suppressed' as const },
    { organisationId: 'ngo', name: 'Red Barnet', value: 7 },
  ];
  const regionOf = new Map<string, string | null>([
    ['kbh', '1084'],
    ['frb', '1084'],
    ['aar', '1082'],
    ['ode', '1083'],
    ['ngo', null],
  ]);

  it('groups municipalities under the five regions, the rest apart', () => {
    const groups = regionGroups(values, regionOf, true);
    expect(groups.map((group) => [group.code, group.organisations.length])).toEqual([
      ['1081', 0],
      ['1082', 1],
      ['1083', 1],
      ['1084', 2],
      ['1085', 0],
      [NO_REGION, 1],
    ]);
    expect(groups.find((group) => group.code === '1084')?.name).toBe('Region Hovedstaden');
  });

  it('sums a region only where every value is a visible number, so no hidden value can be worked out', () => {
    const groups = regionGroups(values, regionOf, true);
    expect(groups.find((group) => group.code === '1084')?.total).toBe(1250);
    expect(groups.find((group) => group.code === '1082')).toMatchObject({ total: null, hidden: true });
    expect(groups.find((group) => group.code === '1083')).toMatchObject({ total: null, hidden: true });
  });

  it('does not add up shares, rates or scores', () => {
    expect(additive('count')).toBe(true);
    expect(additive('percent')).toBe(false);
    expect(regionGroups(values, regionOf, false).find((group) => group.code === '1084')?.total).toBeNull();
  });
});

describe('the disaggregation table', () => {
  const answer = {
    programmeId: 'p',
    period: '2026-Q2',
    indicators: [
      {
        code: 'hjemloese-unge',
        nameDa: 'Hjemløse unge',
        nameEn: 'Homeless young people',
        unit: 'count' as const,
        sensitive: true,
        dimensions: [
          {
            code: 'koen',
            name: 'Køn',
            contributors: 3,
            suppressed: false,
            categories: [
              { code: 'kvinde', value: 25 },
              { code: 'andet', value: null },
            ],
          },
          {
            code: 'alder',
            name: 'Alder',
            contributors: 3,
            suppressed: true,
            categories: [{ code: '18-20', value: null }],
          },
        ],
        combinations: [],
      },
    ],
  };

  it('writes the sums, leaves unreported categories empty and held-back dimensions "undertrykt"', () => {
    expect(disaggregationTable(answer, (da) => da).rows).toEqual([
      ['2026-Q2', 'Hjemløse unge', 'Køn', 'kvinde', 25],
      ['2026-Q2', 'Hjemløse unge', 'Køn', 'andet', null],
      ['2026-Q2', 'Hjemløse unge', 'Alder', '18-20', 'undertrykt'],
    ]);
  });
});
