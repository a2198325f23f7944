import type { TrancheDto } from '@samvirke/contracts';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { anAward } from '../../test/award-dto.fixture.js';
import { payingFunder, requirePayable, trancheOf, tranchePaidEvent } from './tranche-payment.rules.js';

const made = anAward({ status: 'awarded' });
const tranche = (overrides: Partial<TrancheDto> = {}): TrancheDto => ({
  ...trancheOf(made, 't1'),
  status: 'eligible',
  ...overrides,
});

describe("paying a funder's part of a tranche", () => {
  it('is for a tranche of the award', () => {
    expect(() => trancheOf(made, 'other')).toThrow('No tranche other in award award.');
  });

  it("is for an officer of one of the tranche's funders, for their own foundation", () => {
    expect(() => payingFunder(tranche(), ['z'], undefined)).toThrow(DomainError);
    expect(() => payingFunder(tranche(), ['a'], 'b')).toThrow('Only officers of the funder');
    expect(payingFunder(tranche(), ['a', 'z'], undefined)).toBe('a');
    expect(payingFunder(tranche(), ['a', 'b'], 'b')).toBe('b');
  });

  it('needs the funder named when the caller acts for several', () => {
    expect(() => payingFunder(tranche(), ['a', 'b'], undefined)).toThrow(ValidationFailed);
  });

  it('is possible for an eligible, due tranche of a made award, once per part', () => {
    expect(() => requirePayable(anAward(), tranche(), 'a', true)).toThrow(
      'The award is pending: nothing of it can be paid.',
    );
    expect(() => requirePayable(made, tranche({ status: 'paid' }), 'a', true)).toThrow(
      'The tranche is paid already.',
    );
    expect(() => requirePayable(made, tranche({ status: 'pending' }), 'a', true)).toThrow(
      'not eligible for payment',
    );
    expect(() => requirePayable(made, tranche(), 'a', false)).toThrow('may not be paid before 2026-07-01');
    const paidByA = tranche({
      shares: [
        {
          funderOrganisationId: 'a',
          amountOre: 600,
          paidAt: '2026-07-02T10:00:00.000Z',
          paymentReference: 'x',
        },
        { funderOrganisationId: 'b', amountOre: 400, paidAt: null, paymentReference: null },
      ],
    });
    expect(() => requirePayable(made, paidByA, 'a', true)).toThrow(
      "Your foundation's part of the tranche is paid",
    );
    expect(() => requirePayable(made, paidByA, 'b', true)).not.toThrow();
  });

  it('tells a paid tranche with its funders in order and its references', () => {
    const paid = tranche({ status: 'paid', paidAt: '2026-07-03T10:00:00.000Z', paymentReference: 'x · y' });
    expect(tranchePaidEvent(made, paid)).toEqual({
      trancheId: 't1',
      awardId: 'award',
      programmeId: 'programme',
      granteeOrganisationId: 'grantee',
      funderOrganisationIds: ['a', 'b'],
      amountOre: 1_000,
      title: 'Bevilling',
      earliestDate: '2026-07-01',
      paidAt: '2026-07-03T10:00:00.000Z',
      paymentReference: 'x · y',
    });
  });
});
