import { randomUUID } from 'node:crypto';
import { membershipGrantedV1, trancheHeldV1 } from '@samvirke/contracts';
import { NOTIFICATION_RULES } from './fan-out.rules.js';
import { programmeRule, templateOf } from './notification-rule.js';

describe('notification rule helpers', () => {
  it("names an event's template after its aggregate and verb", () => {
    expect(templateOf(trancheHeldV1)).toBe('tranche-held');
    expect(NOTIFICATION_RULES.map((rule) => rule.template)).toContain('reporting-deadline-approaching');
  });

  it('asks the directory for the programme and the named organisations, and adds the programme name', () => {
    const organisationId = randomUUID();
    const rule = programmeRule({
      event: membershipGrantedV1,
      category: 'programme-membership',
      template: 'other-template',
      organisations: (data) => [data.organisationId],
      audiences: (data) => [{ organisationIds: [data.organisationId], role: '*' }],
      variables: (data, _facts, language) => ({ language, roles: data.roles.join(',') }),
    });
    const data = { programmeId: randomUUID(), organisationId, roles: ['funder' as const] };
    const facts = { programmeName: 'Ung i job', backbones: [], organisationNames: new Map<string, string>() };
    expect(rule.template).toBe('other-template');
    expect(rule.directory(data as never)).toEqual({
      programmeId: data.programmeId,
      organisationIds: [organisationId],
      backbones: false,
    });
    const outcome = rule.outcome(data as never, facts);
    expect(outcome.audiences).toEqual([{ organisationIds: [organisationId], role: '*' }]);
    expect(outcome.variables('da')).toEqual({ programmeName: 'Ung i job', language: 'da', roles: 'funder' });
  });
});
