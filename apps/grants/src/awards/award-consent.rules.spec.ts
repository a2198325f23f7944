import { DomainError } from '@samvirke/platform';
import { anAward } from '../../test/award-dto.fixture.js';
import { completesAward, requireAnswerableShare, shareEventBase } from './award-consent.rules.js';

describe("a co-funder's answer to its share", () => {
  const award = anAward();

  it('is for a share the award has', () => {
    expect(() => requireAnswerableShare(award, 'z', true)).toThrow('Award award has no share of z.');
  });

  it("is the funder's own officer's to give", () => {
    expect(() => requireAnswerableShare(award, 'b', false)).toThrow(
      'Only an officer of the foundation whose share it is answers for that share',
    );
  });

  it('is given once, while the award is pending', () => {
    expect(() => requireAnswerableShare(award, 'a', true)).toThrow('This share is confirmed already.');
    expect(() => requireAnswerableShare(anAward({ status: 'declined' }), 'b', true)).toThrow(DomainError);
    expect(() => requireAnswerableShare(award, 'b', true)).not.toThrow();
  });

  it('completes the award when it is the last share to be confirmed', () => {
    expect(completesAward(award, 'b')).toBe(true);
    expect(completesAward(award, 'a')).toBe(false);
  });

  it("is told with the funder's share of the award", () => {
    expect(shareEventBase(award, 'b')).toEqual({
      awardId: 'award',
      applicationId: 'application',
      callId: 'call',
      programmeId: 'programme',
      granteeOrganisationId: 'grantee',
      awardingOrganisationId: 'a',
      funderOrganisationId: 'b',
      amountOre: 400,
      awardAmountOre: 1_000,
      title: 'Bevilling',
    });
  });
});
