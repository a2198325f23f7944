import { randomUUID } from 'node:crypto';
import type { ReportingPeriodLockedV1, ReportingPeriodReopenedV1 } from '@samvirke/contracts';
import { TemplateBook } from '../templates/templates.store.js';
import { ruleForType } from './fan-out.rules.js';
import { PERIOD_LOCKED_RULE, PERIOD_REOPENED_RULE } from './measurement.rules.js';
import type { DirectoryFacts } from './notification-rule.js';

const PROGRAMME = randomUUID();
const KBH = randomUUID();
const AARHUS = randomUUID();
const facts: DirectoryFacts = {
  programmeName: 'Bryd den negative sociale arv',
  backbones: [randomUUID()],
  organisationNames: new Map(),
};
const period = {
  periodId: randomUUID(),
  programmeId: PROGRAMME,
  frequency: 'quarterly',
  period: '2026-Q1',
} as const;

describe('notifications of a locked and a reopened period', () => {
  it("tells the data providers' reporters that the period is locked, with the reason or that there is none", () => {
    const locked: ReportingPeriodLockedV1 = { ...period, reason: null, dataProviderIds: [KBH, AARHUS] };
    expect(ruleForType('dk.samvirke.measurement.reporting-period.locked.v1')).toBe(PERIOD_LOCKED_RULE);
    const outcome = PERIOD_LOCKED_RULE.outcome(locked, facts);
    expect(outcome.audiences).toEqual([{ organisationIds: [KBH, AARHUS], role: 'reporter' }]);
    const message = new TemplateBook().render('reporting-period-locked', 'da', outcome.variables('da'));
    expect(message.subject).toBe('Perioden 2026-Q1 er låst');
    expect(message.body).toContain('Begrundelse: (ingen begrundelse)');
  });

  it('tells them it is open again, with the reason and the due date, in English too', () => {
    const reopened: ReportingPeriodReopenedV1 = {
      ...period,
      dueDate: '2026-04-30',
      reason: 'Aarhus corrects a figure.',
      dataProviderIds: [AARHUS],
    };
    expect(ruleForType('dk.samvirke.measurement.reporting-period.reopened.v1')).toBe(PERIOD_REOPENED_RULE);
    const outcome = PERIOD_REOPENED_RULE.outcome(reopened, facts);
    expect(outcome.audiences).toEqual([{ organisationIds: [AARHUS], role: 'reporter' }]);
    const message = new TemplateBook().render('reporting-period-reopened', 'en', outcome.variables('en'));
    expect(message.subject).toBe('The period 2026-Q1 is open again');
    expect(message.body).toContain('The due date is 30 April 2026.');
    expect(message.body).toContain('Reason: Aarhus corrects a figure.');
  });
});
