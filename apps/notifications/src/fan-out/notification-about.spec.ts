import type { z } from 'zod';
import { NOTIFICATION_RULES } from './fan-out.rules.js';
import { aboutOf } from './notification-about.js';

const AWARD = '00000000-0000-4000-8000-0000000000a1';
const PERIOD = '00000000-0000-4000-8000-0000000000b1';
const PROGRAMME = '00000000-0000-4000-8000-0000000000c1';

describe('what a notification is about', () => {
  it('is the award of an award, share or tranche event', () => {
    expect(aboutOf({ awardId: AWARD, programmeId: PROGRAMME }, PROGRAMME)).toEqual({
      kind: 'award',
      id: AWARD,
    });
  });

  it('is the reporting period of a reporting or submission event', () => {
    expect(aboutOf({ periodId: PERIOD, programmeId: PROGRAMME }, PROGRAMME)).toEqual({
      kind: 'reporting-period',
      id: PERIOD,
    });
  });

  it('is the programme otherwise, and nothing without one', () => {
    expect(aboutOf({ membershipId: 'm', programmeId: PROGRAMME }, null)).toEqual({
      kind: 'programme',
      id: PROGRAMME,
    });
    expect(aboutOf({}, PROGRAMME)).toEqual({ kind: 'programme', id: PROGRAMME });
    expect(aboutOf(undefined, null)).toBeNull();
  });

  it.each(NOTIFICATION_RULES.map((rule) => [rule.event.type, rule] as const))(
    'is named by every event with a rule: %s',
    (_type, rule) => {
      const keys = Object.keys((rule.event.schema as unknown as z.ZodObject).shape);
      expect(keys.some((key) => ['awardId', 'periodId', 'programmeId'].includes(key))).toBe(true);
    },
  );
});
