import { submissionParentApprovedV1, type ParentApprovalItem } from '@samvirke/contracts';
import type { Principal, Role } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import {
  checkAwaitingFirstLevel,
  checkFirstLevelDone,
  firstLevelDecider,
  parentApprovedEvent,
  queueReaders,
  visibleItems,
} from './parent-approvals.rules.js';

const AARHUS = '00000000-0000-4000-8000-000000000751';
const BOU = '00000000-0000-4000-8000-000000000752';
const KBH = '00000000-0000-4000-8000-000000000101';

function caller(roles: Role[], organisations: string[] = []): Principal {
  return {
    subject: 's',
    username: 'u',
    clientId: 'samvirke-portal',
    roles,
    organisations,
    isServiceAccount: false,
    email: undefined,
    expiresAt: 0,
  };
}

function kind(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof DomainError ? error.kind : 'other';
  }
  return undefined;
}

describe('the first level of a sub-unit’s approval', () => {
  it('is decided by a reporter of the forvaltning or the municipality above, on its behalf', () => {
    expect(firstLevelDecider(caller(['reporter'], [AARHUS]), [BOU, AARHUS])).toBe(AARHUS);
    expect(firstLevelDecider(caller(['reporter'], [BOU]), [BOU, AARHUS])).toBe(BOU);
    expect(firstLevelDecider(caller(['platform-admin']), [BOU, AARHUS])).toBe(BOU);
  });

  it('refuses another municipality’s reporter and the backbone', () => {
    expect(kind(() => firstLevelDecider(caller(['reporter'], [KBH]), [AARHUS]))).toBe('forbidden');
    expect(kind(() => firstLevelDecider(caller(['backbone-coordinator'], [AARHUS]), [AARHUS]))).toBe(
      'forbidden',
    );
  });

  it('has nothing to decide for an organisation that stands on its own (409)', () => {
    expect(kind(() => firstLevelDecider(caller(['reporter'], [AARHUS]), []))).toBe('conflict');
  });

  it('decides only a submitted version it has not approved yet', () => {
    const version = { id: 's', version: 1, status: 'submitted', parentApproved: false };
    expect(kind(() => checkAwaitingFirstLevel(version))).toBeUndefined();
    expect(kind(() => checkAwaitingFirstLevel({ ...version, parentApproved: true }))).toBe('conflict');
    expect(kind(() => checkAwaitingFirstLevel({ ...version, status: 'draft' }))).toBe('conflict');
    expect(kind(() => checkAwaitingFirstLevel(undefined))).toBe('conflict');
  });
});

describe('the backbone’s decision on a sub-unit’s version', () => {
  it('waits for the first level, naming the organisation', () => {
    let error: unknown;
    try {
      checkFirstLevelDone([AARHUS], false);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ kind: 'conflict', errors: [{ pointer: '/organisationId' }] });
    expect(kind(() => checkFirstLevelDone([AARHUS], true))).toBeUndefined();
  });

  it('keeps one level for an organisation that stands on its own', () => {
    expect(kind(() => checkFirstLevelDone([], false))).toBeUndefined();
  });
});

describe('the first-level queue', () => {
  const item = (organisationId: string, ancestorIds: string[]): ParentApprovalItem => ({
    submissionId: organisationId,
    periodId: organisationId,
    period: '2026-Q2',
    organisationId,
    organisationName: 'x',
    ancestorIds,
    version: 1,
    status: 'submitted',
    submittedAt: null,
    parentApproval: null,
  });

  it('shows a reporter the sub-units below their organisations, the backbone every one', () => {
    const items = [item(BOU, [AARHUS]), item(KBH, ['00000000-0000-4000-8000-000000000999'])];
    expect(visibleItems(items, queueReaders(caller(['reporter'], [AARHUS]), false))).toEqual([items[0]]);
    expect(visibleItems(items, queueReaders(caller(['backbone-coordinator'], []), true))).toEqual(items);
    expect(visibleItems(items, queueReaders(caller(['partner-member'], [AARHUS]), false))).toEqual([]);
  });

  it('announces the first-level approval with the organisation that gave it', () => {
    const where = { programmeId: AARHUS, periodId: BOU, organisationId: BOU };
    const event = parentApprovedEvent(where, { id: KBH, version: 2 }, '2026-Q2', ['a'], AARHUS);
    expect(event.definition).toBe(submissionParentApprovedV1);
    expect(submissionParentApprovedV1.schema.parse(event.data)).toMatchObject({
      submissionId: KBH,
      version: 2,
      approvedByOrganisationId: AARHUS,
    });
  });
});
