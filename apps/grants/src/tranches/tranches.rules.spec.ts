import { trancheChange, trancheEventBase, type ConditionState, type TrancheState } from './tranches.rules.js';

const met = (id: string, submission: string, version: number): ConditionState => ({
  id,
  submission_id: submission,
  version,
  period: '2026-Q2',
});
const unmet = (id: string): ConditionState => ({ id, submission_id: null, version: null, period: '2026-Q2' });
const READY = { report_met: true, agreement_met: true };
const conditions = (...states: ConditionState[]) => new Map(states.map((state) => [state.id, state]));

describe("a tranche's release", () => {
  it('makes a pending tranche eligible when every condition is met, naming each submission once', () => {
    const tranche = { condition_ids: ['c1', 'c2', 'c3'], status: 'pending' as const, ...READY };
    expect(
      trancheChange(tranche, conditions(met('c1', 's1', 2), met('c2', 's1', 2), met('c3', 's2', 1))),
    ).toEqual({
      kind: 'eligible',
      fulfilledBy: [
        { submissionId: 's1', version: 2, period: '2026-Q2' },
        { submissionId: 's2', version: 1, period: '2026-Q2' },
      ],
    });
  });

  it('makes a tranche without conditions eligible at once', () => {
    expect(trancheChange({ condition_ids: [], status: 'pending', ...READY }, conditions())).toEqual({
      kind: 'eligible',
      fulfilledBy: [],
    });
  });

  it('keeps a tranche pending while a condition is unmet', () => {
    const tranche = { condition_ids: ['c1', 'c2'], status: 'pending' as const, ...READY };
    expect(trancheChange(tranche, conditions(met('c1', 's1', 1), unmet('c2')))).toEqual({
      kind: 'unchanged',
    });
  });

  it('holds an eligible tranche again when a condition is no longer met', () => {
    const tranche = { condition_ids: ['c1'], status: 'eligible' as const, ...READY };
    expect(trancheChange(tranche, conditions(unmet('c1')))).toEqual({ kind: 'held' });
    expect(trancheChange(tranche, conditions())).toEqual({ kind: 'held' });
  });

  it('leaves an eligible tranche whose conditions are still met as it is', () => {
    const tranche = { condition_ids: ['c1'], status: 'eligible' as const, ...READY };
    expect(trancheChange(tranche, conditions(met('c1', 's1', 3)))).toEqual({ kind: 'unchanged' });
  });

  it('keeps a tranche pending while the report it waits for is not approved or the agreement not accepted', () => {
    const tranche = { condition_ids: ['c1'], status: 'pending' as const };
    const all = conditions(met('c1', 's1', 1));
    expect(trancheChange({ ...tranche, report_met: false, agreement_met: true }, all)).toEqual({
      kind: 'unchanged',
    });
    expect(trancheChange({ ...tranche, report_met: true, agreement_met: false }, all)).toEqual({
      kind: 'unchanged',
    });
    expect(trancheChange({ ...tranche, ...READY }, all)).toMatchObject({ kind: 'eligible' });
  });

  it('tells the tranche with its amount in øre and its funders', () => {
    const tranche: TrancheState = {
      id: 't',
      award_id: 'a',
      programme_id: 'p',
      grantee_organisation_id: 'g',
      title: 'Bevilling',
      amount_ore: '150000',
      earliest_date: '2026-07-01',
      condition_ids: [],
      status: 'pending',
      funders: ['f1', 'f2'],
      ...READY,
    };
    expect(trancheEventBase(tranche)).toEqual({
      trancheId: 't',
      awardId: 'a',
      programmeId: 'p',
      granteeOrganisationId: 'g',
      funderOrganisationIds: ['f1', 'f2'],
      amountOre: 150_000,
      title: 'Bevilling',
      earliestDate: '2026-07-01',
    });
  });
});
