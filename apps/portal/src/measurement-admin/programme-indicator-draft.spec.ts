import { EMPTY_PROGRAMME_INDICATOR, programmeIndicatorBody } from './programme-indicator-draft.js';

describe('programme indicator drafts', () => {
  it('sends no baseline when it is left empty and drops empty target rows', () => {
    expect(programmeIndicatorBody(EMPTY_PROGRAMME_INDICATOR)).toEqual({
      frequency: 'quarterly',
      baseline: null,
      targets: [],
      required: true,
      goalIds: [],
      rbaKind: null,
      performanceQuestion: null,
      goodDirection: null,
    });
  });

  it('sends what is typed, a half-filled row too, so the service names its empty field', () => {
    const body = programmeIndicatorBody({
      ...EMPTY_PROGRAMME_INDICATOR,
      baselinePeriod: '2025-Q4',
      baselineValue: '120',
      targets: [
        { period: '2026-Q4', value: '90,5' },
        { period: '2027-Q4', value: '' },
        { period: '', value: '' },
      ],
    });
    expect(body).toEqual({
      frequency: 'quarterly',
      baseline: { period: '2025-Q4', value: 120 },
      targets: [
        { period: '2026-Q4', value: 90.5 },
        { period: '2027-Q4', value: null },
      ],
      required: true,
      goalIds: [],
      rbaKind: null,
      performanceQuestion: null,
      goodDirection: null,
    });
  });

  it('sends the goals chosen, and none for a draft kept from before goals were asked', () => {
    const goal = '00000000-0000-4000-8000-000000000001';
    expect(programmeIndicatorBody({ ...EMPTY_PROGRAMME_INDICATOR, goalIds: [goal] }).goalIds).toEqual([goal]);
    const old = { ...EMPTY_PROGRAMME_INDICATOR } as Partial<typeof EMPTY_PROGRAMME_INDICATOR>;
    delete old.goalIds;
    expect(programmeIndicatorBody(old as typeof EMPTY_PROGRAMME_INDICATOR).goalIds).toEqual([]);
  });

  it('sends the classification, a question only for a performance measure', () => {
    const measure = {
      ...EMPTY_PROGRAMME_INDICATOR,
      rbaKind: 'performance',
      performanceQuestion: 'how-well',
    } as const;
    expect(programmeIndicatorBody(measure)).toMatchObject({
      rbaKind: 'performance',
      performanceQuestion: 'how-well',
      goodDirection: null,
    });
    const population = { ...measure, rbaKind: 'population', goodDirection: 'down' } as const;
    expect(programmeIndicatorBody(population)).toMatchObject({
      rbaKind: 'population',
      performanceQuestion: null,
      goodDirection: 'down',
    });
  });
});
