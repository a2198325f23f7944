import type { GrantCallDto } from '@samvirke/contracts';
import { callClosedEvent, callOpenedEvent, callStatus, newCallErrors } from './calls.rules.js';

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
