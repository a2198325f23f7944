import { organisationCvr } from './grants-directory.rules.js';

describe('organisationCvr', () => {
  it("keeps the organisation's CVR as the event states it", () => {
    expect(organisationCvr({ organisationId: 'org-1', cvr: '29403473' })).toEqual({
      organisationId: 'org-1',
      cvr: '29403473',
    });
  });

  it('clears the CVR when the new state has none', () => {
    expect(organisationCvr({ organisationId: 'org-1', cvr: null })).toEqual({
      organisationId: 'org-1',
      cvr: null,
    });
  });
});
