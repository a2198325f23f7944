import type { MembershipRole } from '@samvirke/contracts';
import { principal, thrown } from '../../test/rules.fixture.js';
import type { ProgrammeView } from '../programmes/programmes.rules.js';
import {
  activityEvent,
  changedActivity,
  goalMap,
  mayWriteFor,
  requireKnownGoals,
  type ActivityRecord,
} from './activities.rules.js';

const kobenhavn = '00000000-0000-4000-8000-000000000101';
const backbone = 'b0000000-0000-4000-8000-000000000002';
const view = (canManage: boolean): ProgrammeView => ({
  programme: {} as ProgrammeView['programme'],
  callerRoles: new Set<MembershipRole>(),
  canManage,
});
const activity: ActivityRecord = {
  id: 'act-1',
  programmeId: 'p',
  organisationId: kobenhavn,
  title: 'Lektiecaféer',
  description: '',
  status: 'ongoing',
  startDate: '2026-02-01',
  endDate: null,
};

describe("who writes a member's activities", () => {
  it("lets managers write any member's, and the member's own staff their own", () => {
    expect(() =>
      mayWriteFor(principal(['backbone-coordinator'], [backbone]), view(true), kobenhavn),
    ).not.toThrow();
    expect(() => mayWriteFor(principal(['reporter'], [kobenhavn]), view(false), kobenhavn)).not.toThrow();
    expect(() =>
      mayWriteFor(principal(['partner-member'], [kobenhavn]), view(false), kobenhavn),
    ).not.toThrow();
  });

  it("refuses another member's staff, and own users without a staff role", () => {
    expect(thrown(() => mayWriteFor(principal(['reporter'], [kobenhavn]), view(false), backbone)).kind).toBe(
      'forbidden',
    );
    expect(
      thrown(() => mayWriteFor(principal(['integration'], [kobenhavn]), view(false), kobenhavn)).kind,
    ).toBe('forbidden');
  });
});

describe('goals an activity serves', () => {
  it('must be goals of the programme, each named at its index', () => {
    expect(thrown(() => requireKnownGoals(['g1', 'x', 'g2', 'y'], new Set(['g1', 'g2'])))).toEqual({
      kind: 'invalid',
      pointers: ['/goalIds/1', '/goalIds/3'],
      details: ['not a goal of this programme', 'not a goal of this programme'],
    });
    expect(() => requireKnownGoals(['g1'], new Set(['g1', 'g2']))).not.toThrow();
  });
});

describe('an updated activity', () => {
  it('takes the changed fields and keeps the rest', () => {
    expect(changedActivity(activity, { status: 'paused' })).toEqual({ ...activity, status: 'paused' });
  });

  it('must not end before it starts', () => {
    expect(thrown(() => changedActivity(activity, { endDate: '2026-01-31' })).pointers).toEqual(['/endDate']);
    expect(changedActivity(activity, { startDate: null, endDate: '2026-01-31' }).endDate).toBe('2026-01-31');
  });

  it('is announced with its goals', () => {
    expect(activityEvent({ ...activity, goalIds: ['g1'] })).toEqual({
      activityId: 'act-1',
      programmeId: 'p',
      organisationId: kobenhavn,
      title: 'Lektiecaféer',
      goalIds: ['g1'],
      status: 'ongoing',
      startDate: '2026-02-01',
      endDate: null,
    });
  });
});

describe('the goal map', () => {
  it('lists each goal once with the members serving it, and the goals nobody serves', () => {
    const map = goalMap('p', [
      {
        goal_id: 'g1',
        title: 'A',
        organisation_id: backbone,
        organisation_name: 'Backbone',
        activity_ids: ['a2'],
      },
      {
        goal_id: 'g1',
        title: 'A',
        organisation_id: kobenhavn,
        organisation_name: 'KK',
        activity_ids: ['a1', 'a3'],
      },
      { goal_id: 'g2', title: 'B', organisation_id: null, organisation_name: null, activity_ids: null },
    ]);
    expect(map).toEqual({
      programmeId: 'p',
      goals: [
        {
          goalId: 'g1',
          title: 'A',
          members: [
            { organisationId: backbone, organisationName: 'Backbone', activityIds: ['a2'] },
            { organisationId: kobenhavn, organisationName: 'KK', activityIds: ['a1', 'a3'] },
          ],
        },
        { goalId: 'g2', title: 'B', members: [] },
      ],
      uncoveredGoalIds: ['g2'],
    });
  });
});
