import type { ActionItemDto } from '@samvirke/contracts';
import { actionItemOrder, bodyErrors, linkErrors, ownerErrors, reminderHorizon } from './governance.rules.js';

const member = '00000000-0000-4000-8000-000000000001';
const stranger = '00000000-0000-4000-8000-000000000002';
const goal = '00000000-0000-4000-8000-000000000003';
const activity = '00000000-0000-4000-8000-000000000004';
const facts = { memberIds: new Set([member]), goalIds: new Set([goal]), activityIds: new Set([activity]) };

describe('governance rules', () => {
  it('asks a working group for a goal of the programme and names each non-member', () => {
    const errors = bodyErrors(
      {
        kind: 'working-group',
        goalId: null,
        members: [
          { organisationId: member, personName: 'A', role: 'chair' },
          { organisationId: stranger, personName: 'B', role: 'member' },
        ],
      },
      facts,
    );
    expect(errors.map((error) => error.pointer)).toEqual(['/members/1/organisationId', '/goalId']);
    expect(bodyErrors({ kind: 'working-group', goalId: goal, members: [] }, facts)).toEqual([]);
  });

  it('refuses a steering group tied to a goal, and a goal the programme does not have', () => {
    expect(bodyErrors({ kind: 'steering-group', goalId: goal, members: [] }, facts)).toHaveLength(1);
    expect(bodyErrors({ kind: 'working-group', goalId: stranger, members: [] }, facts)).toEqual([
      { pointer: '/goalId', detail: 'not a goal of the programme' },
    ]);
  });

  it('checks the goal and activity links of a decision and keeps other services’ ids as given', () => {
    const links = {
      goalIds: [goal, stranger],
      activityIds: [stranger],
      indicatorIds: [stranger],
      awardIds: [stranger],
    };
    expect(linkErrors(links, facts).map((error) => error.pointer)).toEqual([
      '/links/goalIds/1',
      '/links/activityIds/0',
    ]);
  });

  it('gives an action item only to a current member', () => {
    expect(ownerErrors(member, facts)).toEqual([]);
    expect(ownerErrors(stranger, facts)).toHaveLength(1);
  });

  it('reminds up to the window’s last Danish date', () => {
    // 23:30 UTC on 31 March is already 1 April in Copenhagen.
    expect(reminderHorizon(new Date('2026-03-31T23:30:00Z'), 3)).toBe('2026-04-04');
    expect(reminderHorizon(new Date('2026-03-31T12:00:00Z'), 0)).toBe('2026-03-31');
  });

  it('lists open items by due date before the done ones', () => {
    const item = (title: string, dueDate: string, doneAt: string | null) =>
      ({ title, dueDate, doneAt }) as ActionItemDto;
    const items = [
      item('c', '2026-01-01', '2026-01-01T00:00:00Z'),
      item('b', '2026-03-01', null),
      item('a', '2026-02-01', null),
    ];
    expect(items.sort(actionItemOrder).map((i) => i.title)).toEqual(['a', 'b', 'c']);
  });
});
