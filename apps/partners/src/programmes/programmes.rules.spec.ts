import { QueryFailedError } from 'typeorm';
import type { OrganisationDto } from '@samvirke/contracts';
import { principal, thrown } from '../../test/rules.fixture.js';
import {
  firstMembers,
  funderFor,
  goalEdit,
  positionedGoals,
  programmeView,
  requireDatesInOrder,
  requireFoundation,
  requireManager,
  servedGoalErrors,
  slugConflict,
  type ProgrammeRecord,
} from './programmes.rules.js';

const helsefonden = 'a0000000-0000-4000-8000-000000000001';
const backbone = 'b0000000-0000-4000-8000-000000000002';
const programme: ProgrammeRecord = {
  id: 'c0000000-0000-4000-8000-000000000003',
  slug: 'bryd-arven',
  name: 'Bryd den negative sociale arv',
  problemStatement: '…',
  vision: '…',
  themes: ['social arv'],
  startDate: '2026-01-01',
  endDate: '2030-12-31',
  status: 'planning',
  backboneOrganisationId: backbone,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('the funder of a new programme', () => {
  it("is the foundation officer's own foundation, named or not", () => {
    expect(funderFor(principal(['foundation-officer'], [helsefonden]), undefined)).toBe(helsefonden);
    expect(funderFor(principal(['foundation-officer'], [backbone, helsefonden]), helsefonden)).toBe(
      helsefonden,
    );
    expect(thrown(() => funderFor(principal(['foundation-officer'], [helsefonden]), backbone)).kind).toBe(
      'forbidden',
    );
    expect(thrown(() => funderFor(principal(['foundation-officer']), undefined)).kind).toBe('forbidden');
  });

  it('must be named by a platform admin', () => {
    expect(funderFor(principal(['platform-admin']), helsefonden)).toBe(helsefonden);
    expect(thrown(() => funderFor(principal(['platform-admin']), undefined)).pointers).toEqual([
      '/funderOrganisationId',
    ]);
  });

  it('is refused to other roles', () => {
    expect(
      thrown(() => funderFor(principal(['backbone-coordinator'], [helsefonden]), helsefonden)).kind,
    ).toBe('forbidden');
  });

  it('must be a foundation', () => {
    const ngo = { name: 'Foreningen', type: 'ngo' } as OrganisationDto;
    expect(thrown(() => requireFoundation(ngo))).toMatchObject({
      pointers: ['/funderOrganisationId'],
      details: ['Foreningen is not a foundation'],
    });
    expect(() => requireFoundation({ ...ngo, type: 'foundation' })).not.toThrow();
  });

  it('becomes a funder, and the backbone a member; one organisation may be both', () => {
    expect([...firstMembers(helsefonden, backbone)]).toEqual([
      [helsefonden, ['funder']],
      [backbone, ['backbone']],
    ]);
    expect([...firstMembers(helsefonden, null)]).toEqual([[helsefonden, ['funder']]]);
    expect([...firstMembers(helsefonden, helsefonden)]).toEqual([[helsefonden, ['funder', 'backbone']]]);
  });
});

describe('dates of an updated programme', () => {
  it('refuses an end before the (new or kept) start, and allows clearing the end', () => {
    expect(thrown(() => requireDatesInOrder(programme, { endDate: '2025-12-31' })).pointers).toEqual([
      '/endDate',
    ]);
    expect(thrown(() => requireDatesInOrder(programme, { startDate: '2031-01-01' })).pointers).toEqual([
      '/endDate',
    ]);
    expect(() => requireDatesInOrder(programme, { startDate: '2031-01-01', endDate: null })).not.toThrow();
    expect(() => requireDatesInOrder(programme, { name: 'Nyt navn' })).not.toThrow();
  });
});

describe('editing the goals', () => {
  const existing = [
    { id: 'g1', title: 'Uddannelse' },
    { id: 'g2', title: 'Anbringelser' },
  ];

  it('names ids that are not goals of the programme and finds the dropped goals', () => {
    const edit = goalEdit(existing, [
      { id: 'g2', title: 'Anbringelser', description: '' },
      { id: 'elsewhere', title: 'Fremmed', description: '' },
      { title: 'Ny', description: '' },
    ]);
    expect(edit.errors).toEqual([{ pointer: '/goals/1/id', detail: 'not a goal of this programme' }]);
    expect(edit.dropped).toEqual([{ id: 'g1', title: 'Uddannelse' }]);
  });

  it('keeps a dropped goal that activities serve, by its title', () => {
    expect(servedGoalErrors(existing, ['g1'])).toEqual([
      {
        pointer: '/goals',
        detail: 'goal "Uddannelse" is served by activities; move them before removing it',
      },
    ]);
    expect(servedGoalErrors(existing, [])).toEqual([]);
  });

  it('orders the goals as given, keeping ids and giving new goals fresh ones', () => {
    const ids = ['new-1'];
    const goals = positionedGoals(
      [
        { id: 'g2', title: 'Anbringelser', description: '' },
        { title: 'Ny', description: 'Beskrivelse' },
      ],
      () => ids.shift()!,
    );
    expect(goals).toEqual([
      { id: 'g2', title: 'Anbringelser', description: '', position: 0 },
      { id: 'new-1', title: 'Ny', description: 'Beskrivelse', position: 1 },
    ]);
  });
});

describe('a taken slug', () => {
  it('is a 409 at /slug; other errors pass through', () => {
    const taken = new QueryFailedError(
      'INSERT …',
      [],
      Object.assign(new Error('duplicate'), { code: '23505' }),
    );
    expect(slugConflict(taken, 'bryd-arven')).toMatchObject({
      kind: 'conflict',
      message: 'The slug bryd-arven is taken.',
      errors: [{ pointer: '/slug', detail: 'already taken' }],
    });
    expect(slugConflict(new Error('boom'), 'bryd-arven')).toBeUndefined();
  });
});

describe('who sees and manages a programme', () => {
  it('hides it (404) from non-members and when it does not exist', () => {
    expect(
      thrown(() => programmeView(principal(['foundation-officer'], ['x']), programme.id, programme, [])).kind,
    ).toBe('not-found');
    expect(thrown(() => programmeView(principal(['platform-admin']), programme.id, undefined, [])).kind).toBe(
      'not-found',
    );
  });

  it('lets platform admins manage without being members', () => {
    expect(programmeView(principal(['platform-admin']), programme.id, programme, []).canManage).toBe(true);
  });

  it("lets funders' officers and the backbone's coordinators manage; other members only see", () => {
    const officer = programmeView(principal(['foundation-officer'], [helsefonden]), programme.id, programme, [
      ['funder'],
    ]);
    expect(officer.canManage).toBe(true);
    const coordinator = programmeView(
      principal(['backbone-coordinator'], [backbone]),
      programme.id,
      programme,
      [['backbone', 'knowledge-partner']],
    );
    expect([...coordinator.callerRoles]).toEqual(['backbone', 'knowledge-partner']);
    expect(coordinator.canManage).toBe(true);
    const reporter = programmeView(principal(['reporter'], [backbone]), programme.id, programme, [
      ['backbone'],
    ]);
    expect(reporter.canManage).toBe(false);
    expect(thrown(() => requireManager(reporter)).kind).toBe('forbidden');
    expect(requireManager(officer)).toBe(programme);
  });

  it('does not let an officer manage through a membership without the funder role', () => {
    const view = programmeView(principal(['foundation-officer'], [helsefonden]), programme.id, programme, [
      ['knowledge-partner'],
    ]);
    expect(view.canManage).toBe(false);
  });
});
