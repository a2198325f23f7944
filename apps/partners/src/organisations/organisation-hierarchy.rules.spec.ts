import { principal, thrown } from '../../test/rules.fixture.js';
import {
  checkManagesSubUnit,
  checkPlacement,
  placementErrors,
  type HierarchyNode,
} from './organisation-hierarchy.rules.js';

const node = (id: string, type: HierarchyNode['type'], parent: string | null, archived = false) => ({
  id,
  name: `org ${id}`,
  type,
  archived,
  parentOrganisationId: parent,
});

const AARHUS = node('aarhus', 'municipality', null);
const BORN_OG_UNGE = node('bou', 'other', 'aarhus');
const SKOLE = node('skole', 'other', 'bou');
const NGO = node('ngo', 'ngo', null);

const institution = { id: 'new', type: 'other' as const };

describe('placing an organisation under a parent', () => {
  it('lets a forvaltning go under a municipality and an institution under the forvaltning', () => {
    expect(
      placementErrors({ child: institution, parentId: 'aarhus', ancestors: [AARHUS], childHeight: 0 }),
    ).toEqual([]);
    expect(
      placementErrors({
        child: institution,
        parentId: 'bou',
        ancestors: [BORN_OG_UNGE, AARHUS],
        childHeight: 0,
      }),
    ).toEqual([]);
  });

  it('refuses a third level below the municipality, naming the field', () => {
    const errors = placementErrors({
      child: institution,
      parentId: 'skole',
      ancestors: [SKOLE, BORN_OG_UNGE, AARHUS],
      childHeight: 0,
    });
    expect(errors).toEqual([
      { pointer: '/parentOrganisationId', detail: 'at most 2 levels of sub-units below a municipality' },
    ]);
  });

  it('counts the levels the moved organisation already has below it', () => {
    const move = { child: { id: 'bou', type: 'other' as const }, parentId: 'x', childHeight: 1 };
    const forvaltning = node('x', 'other', 'aarhus');
    expect(placementErrors({ ...move, ancestors: [forvaltning, AARHUS] }).map((e) => e.detail)).toEqual([
      'at most 2 levels of sub-units below a municipality',
    ]);
    expect(placementErrors({ ...move, ancestors: [AARHUS], parentId: 'aarhus' })).toEqual([]);
  });

  it('refuses a cycle: an organisation under itself or under one of its own sub-units', () => {
    const self = thrown(() =>
      checkPlacement({
        child: { id: 'bou', type: 'other' },
        parentId: 'bou',
        ancestors: [BORN_OG_UNGE, AARHUS],
        childHeight: 1,
      }),
    );
    expect(self).toMatchObject({ kind: 'invalid', pointers: ['/parentOrganisationId'] });
    const below = placementErrors({
      child: { id: 'bou', type: 'other' },
      parentId: 'skole',
      ancestors: [SKOLE, BORN_OG_UNGE, AARHUS],
      childHeight: 1,
    });
    expect(below.map((e) => e.detail)).toEqual([
      'org skole is below this organisation: that would be a cycle',
    ]);
  });

  it('refuses a parent that does not exist, is archived, or is not in a municipality', () => {
    expect(placementErrors({ child: institution, parentId: 'gone', ancestors: [], childHeight: 0 })).toEqual([
      { pointer: '/parentOrganisationId', detail: 'no organisation has id gone' },
    ]);
    const archived = node('aarhus', 'municipality', null, true);
    expect(
      placementErrors({ child: institution, parentId: 'aarhus', ancestors: [archived], childHeight: 0 }),
    ).toEqual([{ pointer: '/parentOrganisationId', detail: 'organisation org aarhus is archived' }]);
    expect(
      placementErrors({ child: institution, parentId: 'ngo', ancestors: [NGO], childHeight: 0 }),
    ).toEqual([{ pointer: '/parentOrganisationId', detail: 'sub-units belong under a municipality' }]);
  });

  it('never makes a municipality a sub-unit', () => {
    const errors = placementErrors({
      child: { id: 'odder', type: 'municipality' },
      parentId: 'aarhus',
      ancestors: [AARHUS],
      childHeight: 0,
    });
    expect(errors.map((e) => e.detail)).toEqual(['a municipality stands on its own and is never a sub-unit']);
  });
});

describe('who manages sub-units', () => {
  it("lets platform admins manage any organisation and a municipality's reporters its sub-units", () => {
    expect(() => checkManagesSubUnit(principal(['platform-admin']), undefined)).not.toThrow();
    expect(() => checkManagesSubUnit(principal(['reporter'], ['aarhus']), AARHUS)).not.toThrow();
  });

  it('refuses a reporter of another municipality, a top-level organisation and other roles', () => {
    expect(thrown(() => checkManagesSubUnit(principal(['reporter'], ['kbh']), AARHUS)).kind).toBe(
      'forbidden',
    );
    expect(thrown(() => checkManagesSubUnit(principal(['reporter'], ['aarhus']), undefined)).kind).toBe(
      'forbidden',
    );
    expect(
      thrown(() => checkManagesSubUnit(principal(['backbone-coordinator'], ['aarhus']), AARHUS)).kind,
    ).toBe('forbidden');
  });
});
