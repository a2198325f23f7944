import type { GrantCallDto } from '@samvirke/contracts';
import { callClosedEvent, callOpenedEvent, callStatus, mayApply, newCallErrors } from './calls.rules.js';

const opens = new Date('2026-03-01T08:00:00Z');
const closes = new Date('2026-04-01T08:00:00Z');

describe('a grant call by its dates', () => {
  it('is scheduled until it opens, open from its opening to its closing, closed from then on', () => {
    const call = { opens_at: opens, closes_at: closes };
    expect(callStatus(call, new Date(opens.getTime() - 1))).toBe('scheduled');
    expect(callStatus(call, opens)).toBe('open');
    expect(callStatus(call, new Date(closes.getTime() - 1))).toBe('open');
    expect(callStatus(call, closes)).toBe('closed');
  });

  it('refuses a new call that closes now or earlier', () => {
    expect(newCallErrors({ closesAt: closes.toISOString() }, closes.getTime())).toEqual([
      { pointer: '/closesAt', detail: 'must be in the future' },
    ]);
    expect(newCallErrors({ closesAt: closes.toISOString() }, closes.getTime() - 1)).toEqual([]);
  });
});

describe('announcing a grant call', () => {
  const call: GrantCallDto = {
    id: 'call',
    programmeId: 'programme',
    funderOrganisationId: 'funder',
    title: 'Unge i job',
    description: 'Beskrivelse',
    budgetOre: 500_000_00,
    awardedOre: 0,
    opensAt: opens.toISOString(),
    closesAt: closes.toISOString(),
    status: 'open',
    eligibleOrganisationTypes: ['municipality'],
    criteria: [],
    reportSections: [{ key: 'progress', title: 'Progress' }],
  };

  it('tells the opening with the budget, the dates and who may apply', () => {
    expect(callOpenedEvent(call)).toEqual({
      callId: 'call',
      programmeId: 'programme',
      funderOrganisationId: 'funder',
      title: 'Unge i job',
      budgetOre: 500_000_00,
      opensAt: opens.toISOString(),
      closesAt: closes.toISOString(),
      eligibleOrganisationTypes: ['municipality'],
    });
  });

  it('tells the closing with the number of submitted applications', () => {
    expect(callClosedEvent(call, 7)).toMatchObject({
      callId: 'call',
      closesAt: closes.toISOString(),
      submittedApplications: 7,
    });
  });
});

describe('who may apply to a call', () => {
  const call = { eligible_types: ['municipality', 'ngo'], funder_organisation_id: 'fund' };

  it('is an organisation of a type the call is for, in its programme or not', () => {
    expect(mayApply(call, { id: 'ngo', type: 'ngo', archived: false })).toBe(true);
    expect(mayApply(call, { id: 'kommune', type: 'municipality', archived: false })).toBe(true);
  });

  it("is never the call's own foundation, nor an organisation of another type or archived", () => {
    expect(
      mayApply(
        { ...call, eligible_types: ['foundation'] },
        { id: 'fund', type: 'foundation', archived: false },
      ),
    ).toBe(false);
    expect(mayApply(call, { id: 'other-fund', type: 'foundation', archived: false })).toBe(false);
    expect(mayApply(call, { id: 'ngo', type: 'ngo', archived: true })).toBe(false);
  });
});
