import { DomainError, ValidationFailed } from '@samvirke/platform';
import {
  applicationSubmittedEvent,
  completenessErrors,
  goalErrors,
  requireCallTakes,
  requireDecidable,
  requireEligibleApplicant,
  requireNoActiveApplication,
  requireNotCallFunder,
  requireOwnApplicant,
} from './applications.rules.js';

function thrown(act: () => void): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

const call = { opens_at: new Date('2026-03-01T08:00:00Z'), closes_at: new Date('2026-04-01T08:00:00Z') };
const during = new Date('2026-03-15T08:00:00Z');
const before = new Date('2026-02-01T08:00:00Z');
const after = new Date('2026-04-02T08:00:00Z');

describe('starting an application', () => {
  it('refuses an applicant that is not one of your organisations', () => {
    expect(() => requireOwnApplicant(['a'], 'b')).toThrow(DomainError);
    expect(() => requireOwnApplicant(['a', 'b'], 'b')).not.toThrow();
  });

  it('refuses an organisation of a type the call is not for, or one grants does not know', () => {
    expect(thrown(() => requireEligibleApplicant(['municipality'], 'foundation'))).toMatchObject({
      errors: [
        {
          pointer: '/applicantOrganisationId',
          detail: 'only municipality organisations may apply to this call',
        },
      ],
    });
    expect(() => requireEligibleApplicant(['municipality'], undefined)).toThrow(ValidationFailed);
    expect(() => requireEligibleApplicant(['municipality', 'ngo'], 'ngo')).not.toThrow();
  });

  it("refuses the call's own foundation, which decides on the applications", () => {
    expect(thrown(() => requireNotCallFunder('fund', 'fund'))).toMatchObject({
      errors: [
        {
          pointer: '/applicantOrganisationId',
          detail: "is the call's own foundation, which decides on the applications",
        },
      ],
    });
    expect(() => requireNotCallFunder('fund', 'kommune')).not.toThrow();
  });

  it('refuses a second application of the same organisation in the call', () => {
    expect(() => requireNoActiveApplication('earlier')).toThrow('has application earlier in this call');
    expect(() => requireNoActiveApplication(undefined)).not.toThrow();
  });

  it('is possible before the call opens but not after it closed', () => {
    expect(() => requireCallTakes('start', call, before)).not.toThrow();
    expect(() => requireCallTakes('start', call, during)).not.toThrow();
    expect(() => requireCallTakes('start', call, after)).toThrow(
      'The call closed at 2026-04-01T08:00:00.000Z.',
    );
  });
});

describe('submitting an application', () => {
  it('is possible only while the call is open', () => {
    expect(() => requireCallTakes('submit', call, before)).toThrow(
      'The call opens at 2026-03-01T08:00:00.000Z.',
    );
    expect(() => requireCallTakes('submit', call, during)).not.toThrow();
    expect(() => requireCallTakes('submit', call, after)).toThrow('it takes no more applications');
  });

  it('needs every field', () => {
    const empty = { title: ' ', description: '', requestedAmountOre: null, budgetLines: [] };
    expect(completenessErrors(empty).map((error) => error.pointer)).toEqual([
      '/title',
      '/description',
      '/requestedAmountOre',
      '/budgetLines',
    ]);
  });

  it('needs budget lines that sum to the requested amount', () => {
    const lines = [
      { category: 'staff', amountOre: 600 },
      { category: 'rent', amountOre: 300 },
    ];
    const application = { title: 'T', description: 'D', requestedAmountOre: 1_000, budgetLines: lines };
    expect(completenessErrors(application)).toEqual([
      { pointer: '/budgetLines', detail: 'the lines sum to 900 øre, the requested amount is 1000 øre' },
    ]);
    expect(completenessErrors({ ...application, requestedAmountOre: 900 })).toEqual([]);
  });

  it('tells the submission with the requested amount', () => {
    const event = applicationSubmittedEvent({
      id: 'app',
      callId: 'call',
      programmeId: 'programme',
      applicantOrganisationId: 'org',
      status: 'submitted',
      title: 'T',
      description: 'D',
      requestedAmountOre: 900,
      budgetLines: [],
      goalIds: [],
      createdAt: '2026-03-02T08:00:00.000Z',
      updatedAt: '2026-03-02T08:00:00.000Z',
      submittedAt: '2026-03-03T08:00:00.000Z',
      decidedAt: null,
      decisionReason: null,
      formVersion: null,
      answers: {},
      eligibility: { status: 'not-asked', messages: [] },
      partners: [],
    });
    expect(event).toEqual({
      applicationId: 'app',
      callId: 'call',
      programmeId: 'programme',
      applicantOrganisationId: 'org',
      requestedAmountOre: 900,
      submittedAt: '2026-03-03T08:00:00.000Z',
    });
  });
});

describe("an application's goals", () => {
  it('points at every goal that is not the programme’s', () => {
    expect(goalErrors(['g1', 'x', 'g2', 'y'], ['g1', 'g2'])).toEqual([
      { pointer: '/goalIds/1', detail: 'not a goal of the programme' },
      { pointer: '/goalIds/3', detail: 'not a goal of the programme' },
    ]);
  });
});

describe('deciding on an application', () => {
  it('moves only from the allowed statuses', () => {
    expect(() => requireDecidable('awarded', 'withdrawn', ['draft', 'submitted'], false)).toThrow(
      'The application is awarded; it cannot become withdrawn.',
    );
    expect(() => requireDecidable('submitted', 'rejected', ['submitted'], false)).not.toThrow();
  });

  it('waits while an award of it awaits its co-funders', () => {
    expect(() => requireDecidable('submitted', 'rejected', ['submitted'], true)).toThrow(
      "awaits its co-funders' confirmation; it cannot become rejected before",
    );
  });
});
