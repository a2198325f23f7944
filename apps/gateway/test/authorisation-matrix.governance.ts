/** The authorisation matrix's rows for governance (partners): members read, managers write. */
import { MANAGERS, READERS } from './authorisation-matrix.announcements.js';
import type { MatrixRow, MatrixWorld, Scope } from './authorisation-matrix.types.js';

const NONE = '00000000-0000-4000-8000-00000000a771';

const programme = (world: MatrixWorld, scope: Scope) => ({ programmeId: world.programme[scope].id });
const list: MatrixRow = {
  request: (world, scope) => ({ params: programme(world, scope) }),
  expect: READERS,
  allowed: [200],
};
const write = (body: (world: MatrixWorld) => unknown, allowed: number[]): MatrixRow => ({
  request: (world, scope) => ({ params: programme(world, scope), body: body(world) }),
  expect: MANAGERS,
  allowed,
});
const unknown = (param: string, detail: RegExp, readers = false, body?: unknown): MatrixRow => ({
  request: (world, scope) => ({ params: { ...programme(world, scope), [param]: NONE }, body }),
  expect: readers ? READERS : MANAGERS,
  allowed: [404],
  allowedDetail: detail,
});

export const GOVERNANCE_MATRIX: Readonly<Record<string, MatrixRow>> = {
  listBodies: list,
  listMeetings: list,
  listDecisions: list,
  listActionItems: list,
  createBody: write((world) => ({ kind: 'steering-group', name: `Styregruppe ${world.unique()}` }), [201]),
  replaceBodyMembers: unknown('bodyId', /No body/, false, { members: [] }),
  scheduleMeeting: write(
    () => ({ bodyId: NONE, title: 'Møde', startsAt: '2027-01-05T13:00:00Z', endsAt: '2027-01-05T15:00:00Z' }),
    [422],
  ),
  getMeeting: unknown('meetingId', /No meeting/, true),
  recordMinutes: unknown('meetingId', /No meeting/, false, { minutes: 'Referat' }),
  recordDecision: write(
    (world) => ({ title: `Beslutning ${world.unique()}`, decidedOn: '2026-12-01' }),
    [201],
  ),
  createActionItem: write(
    () => ({ title: 'Opgave', ownerOrganisationId: NONE, ownerName: 'N.N.', dueDate: '2027-01-10' }),
    [422],
  ),
  completeActionItem: unknown('actionItemId', /No action item/),
};
