import { randomUUID } from 'node:crypto';
import type {
  GrantAwardedV1,
  MembershipGrantedV1,
  ReportingOverdueV1,
  SubmissionApprovedV1,
} from '@samvirke/contracts';
import {
  addRecipients,
  audienceOrganisations,
  emailDedupeKey,
  emailSetting,
  emailStatus,
  NOTIFICATION_RULES,
  ruleForType,
  type EmailRecipient,
} from './fan-out.rules.js';
import { AWARD_SHARE_DECLINED_RULE, GRANT_AWARDED_RULE, TRANCHE_HELD_RULE } from './grants.rules.js';
import {
  AWARD_AMENDMENT_DECLINED_RULE,
  AWARD_AMENDMENT_PROPOSED_RULE,
  AWARD_AMENDMENT_WITHDRAWN_RULE,
} from './grants-amendments.rules.js';
import { REPORTING_OVERDUE_RULE, SUBMISSION_APPROVED_RULE } from './measurement.rules.js';
import type { DirectoryFacts } from './notification-rule.js';
import { MEMBERSHIP_GRANTED_RULE } from './partners.rules.js';

const PROGRAMME = randomUUID();
const KBH = randomUUID();
const BACKBONE = randomUUID();
const FUNDER = randomUUID();
const OTHER_FUNDER = randomUUID();

const facts: DirectoryFacts = {
  programmeName: 'Hjem til Alle',
  backbones: [BACKBONE],
  organisationNames: new Map([
    [KBH, 'Københavns Kommune'],
    [FUNDER, 'Bikubenfonden'],
  ]),
};

const overdue: ReportingOverdueV1 = {
  programmeId: PROGRAMME,
  periodId: randomUUID(),
  period: '2026-Q2',
  dueDate: '2026-07-31',
  organisationId: KBH,
};

const trancheFields = {
  trancheId: randomUUID(),
  awardId: randomUUID(),
  programmeId: PROGRAMME,
  granteeOrganisationId: KBH,
  funderOrganisationIds: [FUNDER, OTHER_FUNDER],
  amountOre: 125_000_000,
  title: 'Rate 2',
  earliestDate: '2026-09-01',
};

describe('notification rules', () => {
  it('has one rule per event type, each found by its type', () => {
    const types = NOTIFICATION_RULES.map((rule) => rule.event.type);
    expect(new Set(types).size).toBe(types.length);
    for (const rule of NOTIFICATION_RULES) expect(ruleForType(rule.event.type)).toBe(rule);
    expect(ruleForType('dk.samvirke.partners.activity.registered.v1')).toBeUndefined();
  });

  it('tells the overdue organisation reporters and the programme backbone coordinators', () => {
    expect(REPORTING_OVERDUE_RULE.directory(overdue)).toEqual({
      programmeId: PROGRAMME,
      organisationIds: [KBH],
      backbones: true,
    });
    const outcome = REPORTING_OVERDUE_RULE.outcome(overdue, facts);
    expect(outcome.audiences).toEqual([
      { organisationIds: [KBH], role: 'reporter' },
      { organisationIds: [BACKBONE], role: 'backbone-coordinator' },
    ]);
    expect(outcome.variables('en')).toEqual({
      programmeName: 'Hjem til Alle',
      organisationName: 'Københavns Kommune',
      period: '2026-Q2',
      version: '',
      dueDate: '31 July 2026',
    });
  });

  it('shows a submission version and no due date, and names an unknown organisation by its id', () => {
    const stranger = randomUUID();
    const approved: SubmissionApprovedV1 = {
      submissionId: randomUUID(),
      programmeId: PROGRAMME,
      periodId: randomUUID(),
      period: '2026-Q1',
      organisationId: stranger,
      version: 3,
      indicatorCodes: [],
    };
    const outcome = SUBMISSION_APPROVED_RULE.outcome(approved, facts);
    expect(outcome.audiences).toEqual([{ organisationIds: [stranger], role: 'reporter' }]);
    expect(outcome.variables('da')).toMatchObject({ organisationName: stranger, version: '3', dueDate: '' });
  });

  it('names a new member roles in the reader language', () => {
    const granted: MembershipGrantedV1 = {
      membershipId: randomUUID(),
      programmeId: PROGRAMME,
      organisationId: KBH,
      roles: ['data-provider', 'implementing-partner'],
      joinedOn: '2026-01-01',
    };
    const outcome = MEMBERSHIP_GRANTED_RULE.outcome(granted, facts);
    expect(outcome.audiences).toEqual([{ organisationIds: [KBH], role: '*' }]);
    expect(outcome.variables('da')['roles']).toBe('dataleverandør, udførende partner');
    expect(outcome.variables('en')['roles']).toBe('data provider, implementing partner');
  });

  it('tells everyone of the grantee and the officers of every co-funder of an award', () => {
    const awarded: GrantAwardedV1 = {
      awardId: trancheFields.awardId,
      programmeId: PROGRAMME,
      granteeOrganisationId: KBH,
      title: 'Rate 2',
      amountOre: 300,
      applicationId: randomUUID(),
      callId: randomUUID(),
      shares: [
        { funderOrganisationId: FUNDER, amountOre: 100 },
        { funderOrganisationId: OTHER_FUNDER, amountOre: 200 },
      ],
      conditions: [],
      tranches: [],
      awardedAt: '2026-05-01T10:00:00Z',
    };
    const outcome = GRANT_AWARDED_RULE.outcome(awarded, facts);
    expect(outcome.audiences).toEqual([
      { organisationIds: [KBH], role: '*' },
      { organisationIds: [FUNDER, OTHER_FUNDER], role: 'foundation-officer' },
    ]);
    expect(outcome.variables('en')).toMatchObject({ earliestDate: '', paymentReference: '' });
  });

  it('tells the funders first, then the grantee, that a tranche is held', () => {
    const held = {
      ...trancheFields,
      heldAt: '2026-10-01T10:00:00Z',
      returned: { submissionId: randomUUID(), version: 1, period: '2026-Q2' },
    };
    const outcome = TRANCHE_HELD_RULE.outcome(held, facts);
    expect(outcome.audiences.map((audience) => audience.role)).toEqual(['foundation-officer', '*']);
    expect(outcome.variables('en')).toMatchObject({ title: 'Rate 2', earliestDate: '1 September 2026' });
  });

  it('tells the awarding foundation that a co-funder declined, with the reason', () => {
    const declined = {
      awardId: randomUUID(),
      applicationId: randomUUID(),
      callId: randomUUID(),
      programmeId: PROGRAMME,
      granteeOrganisationId: KBH,
      awardingOrganisationId: BACKBONE,
      funderOrganisationId: FUNDER,
      amountOre: 100_00,
      awardAmountOre: 300_00,
      title: 'Boliger',
      declinedAt: '2026-05-01T10:00:00Z',
      reason: 'Not this year.',
    };
    expect(AWARD_SHARE_DECLINED_RULE.directory(declined).organisationIds).toEqual([KBH, BACKBONE, FUNDER]);
    const outcome = AWARD_SHARE_DECLINED_RULE.outcome(declined, facts);
    expect(outcome.audiences).toEqual([{ organisationIds: [BACKBONE], role: 'foundation-officer' }]);
    expect(outcome.variables('en')).toMatchObject({ funderName: 'Bikubenfonden', reason: 'Not this year.' });
  });

  it('asks the officers of each co-funder whose share an amendment changes to approve it', () => {
    const proposed = {
      amendmentId: randomUUID(),
      awardId: randomUUID(),
      programmeId: PROGRAMME,
      granteeOrganisationId: KBH,
      awardingOrganisationId: OTHER_FUNDER,
      title: 'Boliger',
      amountBeforeOre: 300_00,
      amountAfterOre: 350_00,
      approverOrganisationIds: [FUNDER],
      reason: 'Flere boliger.',
      proposedAt: '2026-05-01T10:00:00Z',
    };
    const outcome = AWARD_AMENDMENT_PROPOSED_RULE.outcome(proposed, facts);
    expect(outcome.audiences).toEqual([{ organisationIds: [FUNDER], role: 'foundation-officer' }]);
    expect(outcome.variables('da')).toMatchObject({
      organisationName: 'Københavns Kommune',
      awardingName: OTHER_FUNDER,
      reason: 'Flere boliger.',
    });
    expect(outcome.variables('da')['amountAfter']).toMatch(/^350\s+kr\.$/);
    // Withdrawn: the same co-funders hear it no longer needs them; declined: the awarding foundation hears who and why.
    const withdrawn = AWARD_AMENDMENT_WITHDRAWN_RULE.outcome(
      { ...proposed, withdrawnAt: proposed.proposedAt },
      facts,
    );
    expect(withdrawn.audiences).toEqual(outcome.audiences);
    const declined = AWARD_AMENDMENT_DECLINED_RULE.outcome(
      { ...proposed, funderOrganisationId: FUNDER, reason: 'Ikke i år.', declinedAt: proposed.proposedAt },
      facts,
    );
    expect(declined.audiences).toEqual([{ organisationIds: [OTHER_FUNDER], role: 'foundation-officer' }]);
    expect(declined.variables('en')).toMatchObject({ funderName: 'Bikubenfonden', reason: 'Ikke i år.' });
  });
});

describe('fan-out decisions', () => {
  it('addresses each organisation of an audience once, skipping empty ids', () => {
    expect(audienceOrganisations({ organisationIds: [KBH, '', KBH, FUNDER], role: '*' })).toEqual([
      KBH,
      FUNDER,
    ]);
  });

  it('e-mails an address once, in the language it was first found with', () => {
    const recipients = new Map<string, EmailRecipient>();
    addRecipients(recipients, [{ email: 'a@x.example', language: 'en' }]);
    addRecipients(recipients, [
      { email: 'a@x.example', language: 'da' },
      { email: 'b@x.example', language: 'da' },
    ]);
    expect([...recipients.values()]).toEqual([
      { email: 'a@x.example', language: 'en' },
      { email: 'b@x.example', language: 'da' },
    ]);
  });

  it('sends when anyone with the address wants it, holds for a digest, and mutes only when all muted', () => {
    expect(emailSetting(false, [])).toBe('on');
    expect(emailSetting(false, ['off', 'on'])).toBe('on');
    expect(emailSetting(false, ['off', 'digest'])).toBe('digest');
    expect(emailSetting(false, ['off', 'off'])).toBe('off');
    expect(emailStatus('digest')).toBe('held');
    expect(emailStatus('on')).toBe('pending');
  });

  it('never mutes or digests a critical category', () => {
    expect(emailSetting(true, ['off'])).toBe('on');
    expect(emailSetting(true, ['digest'])).toBe('on');
  });

  it('keys an e-mail by event and address', () => {
    expect(emailDedupeKey('e1', 'a@x.example')).toBe('email:e1:a@x.example');
  });
});
