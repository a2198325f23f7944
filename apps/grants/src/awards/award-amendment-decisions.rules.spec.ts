import type { AmendmentDto } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { anAward } from '../../test/award-dto.fixture.js';
import { amendmentEventBase, requireWithdrawable } from './award-amendment-decisions.rules.js';

const award = anAward({ status: 'awarded' });
const amendment = (status: AmendmentDto['status']) => ({ status }) as AmendmentDto;

describe('withdrawing a pending amendment', () => {
  it("is the awarding foundation's officers' or an admin's", () => {
    expect(() => requireWithdrawable(award, amendment('pending'), false, ['b'])).toThrow(
      "Only the awarding foundation's officers (or a platform admin) withdraw an amendment.",
    );
    expect(() => requireWithdrawable(award, amendment('pending'), false, ['a'])).not.toThrow();
    expect(() => requireWithdrawable(award, amendment('pending'), true, [])).not.toThrow();
  });

  it('is only of a pending amendment', () => {
    for (const status of ['applied', 'declined', 'withdrawn'] as const)
      expect(() => requireWithdrawable(award, amendment(status), true, [])).toThrow(
        new DomainError('conflict', `The amendment is ${status}.`),
      );
  });

  it('is told with the award, its amounts before and after and who was asked', () => {
    const terms = { amountOre: 1_200, shares: [], conditions: [], tranches: [] };
    expect(amendmentEventBase(award, 'm1', terms, ['b'])).toEqual({
      amendmentId: 'm1',
      awardId: 'award',
      programmeId: 'programme',
      granteeOrganisationId: 'grantee',
      awardingOrganisationId: 'a',
      title: 'Bevilling',
      amountBeforeOre: 1_000,
      amountAfterOre: 1_200,
      approverOrganisationIds: ['b'],
    });
  });
});
