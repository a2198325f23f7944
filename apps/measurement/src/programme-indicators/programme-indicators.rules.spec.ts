import { programmeIndicatorConfiguredV1, targetSetV1, type ProgrammeIndicatorDto } from '@samvirke/contracts';
import {
  changedTargets,
  configurationEvents,
  goalErrors,
  rangeErrors,
} from './programme-indicators.rules.js';

const configured: ProgrammeIndicatorDto = {
  programmeId: 'programme-1',
  indicatorId: 'indicator-1',
  code: 'hjemloese-unge',
  nameDa: 'Hjemløse unge',
  nameEn: 'Homeless young people',
  frequency: 'quarterly',
  goalIds: [],
  rbaKind: null,
  performanceQuestion: null,
  goodDirection: null,
  baseline: { period: '2025-Q4', value: 100 },
  targets: [
    { period: '2026-Q4', value: 80 },
    { period: '2027-Q4', value: 60 },
  ],
  required: true,
};

describe('programme indicator rules', () => {
  it("keeps baselines and targets within the indicator's range, else its unit's", () => {
    const command = {
      baseline: { period: '2025-Q4', value: -1 },
      targets: [
        { period: '2026-Q4', value: 50 },
        { period: '2027-Q4', value: 120 },
      ],
    };
    expect(rangeErrors({ unit: 'count', min: null, max: 100 }, command)).toEqual([
      { pointer: '/baseline/value', detail: "outside the indicator's valid range" },
      { pointer: '/targets/1/value', detail: "outside the indicator's valid range" },
    ]);
    // A percent without limits of its own may go below zero (a change), not below -1,000.
    expect(rangeErrors({ unit: 'percent', min: null, max: null }, command)).toEqual([]);
    expect(rangeErrors({ unit: 'percent', min: null, max: null }, { baseline: null, targets: [] })).toEqual(
      [],
    );
  });

  it('names each period whose target was set, changed or removed, in period order', () => {
    expect(
      changedTargets(
        [
          { period: '2026-Q4', value: 80 },
          { period: '2026-Q2', value: 90 },
          { period: '2027-Q4', value: 60 },
        ],
        [
          { period: '2027-Q4', value: 60 },
          { period: '2026-Q4', value: 75 },
          { period: '2028-Q4', value: 50 },
        ],
      ),
    ).toEqual([
      { period: '2026-Q2', value: null, previousValue: 90 },
      { period: '2026-Q4', value: 75, previousValue: 80 },
      { period: '2028-Q4', value: 50, previousValue: null },
    ]);
    expect(changedTargets(configured.targets, configured.targets)).toEqual([]);
  });

  it('tells of the whole configuration without display names, then of each changed target', () => {
    const events = configurationEvents(configured, [{ period: '2026-Q4', value: 80 }]);
    const options = { subject: 'programme-1', programmeId: 'programme-1' };
    expect(events).toEqual([
      {
        definition: programmeIndicatorConfiguredV1,
        data: {
          programmeId: 'programme-1',
          indicatorId: 'indicator-1',
          code: 'hjemloese-unge',
          frequency: 'quarterly',
          baseline: { period: '2025-Q4', value: 100 },
          targets: configured.targets,
          required: true,
          goalIds: [],
          rbaKind: null,
          performanceQuestion: null,
          goodDirection: null,
        },
        options,
      },
      {
        definition: targetSetV1,
        data: {
          programmeId: 'programme-1',
          indicatorId: 'indicator-1',
          code: 'hjemloese-unge',
          period: '2027-Q4',
          value: 60,
          previousValue: null,
        },
        options,
      },
    ]);
  });
});

describe('the goals an indicator serves', () => {
  it("must be the programme's own goals, each other one named by its place", () => {
    const goals = ['goal-a', 'goal-b'];
    expect(goalErrors(undefined, goals)).toEqual([]);
    expect(goalErrors(['goal-b'], goals)).toEqual([]);
    expect(goalErrors(['goal-a', 'elsewhere', 'goal-b', 'nowhere'], goals)).toEqual([
      { pointer: '/goalIds/1', detail: 'not a goal of this programme' },
      { pointer: '/goalIds/3', detail: 'not a goal of this programme' },
    ]);
  });
});
