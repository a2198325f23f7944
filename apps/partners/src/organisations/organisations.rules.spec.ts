import { QueryFailedError } from 'typeorm';
import type { OrganisationDto } from '@samvirke/contracts';
import { thrown } from '../../test/rules.fixture.js';
import {
  escapeLike,
  newOrganisation,
  organisationChanges,
  organisationConflict,
  registeredEvent,
  requireActive,
  updatedEvent,
} from './organisations.rules.js';

const aalborg: OrganisationDto = {
  id: '00000000-0000-4000-8000-000000000851',
  name: 'Aalborg Kommune',
  type: 'municipality',
  cvr: null,
  kommunekode: '851',
  regionCode: '1081',
  parentOrganisationId: null,
  contactEmail: 'data@aalborg.example',
  website: null,
  archived: false,
  createdAt: '2026-01-02T03:04:05.000Z',
};

const violation = (code: string, constraint?: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate key'), { code, constraint }));

describe('registering an organisation', () => {
  it('derives the region from the kommunekode and leaves what was not given empty', () => {
    const row = newOrganisation(aalborg.id, {
      name: 'Aalborg Kommune',
      type: 'municipality',
      kommunekode: '851',
    });
    expect(row).toEqual({
      id: aalborg.id,
      name: 'Aalborg Kommune',
      type: 'municipality',
      cvr: null,
      kommunekode: '851',
      regionCode: '1081',
      parentOrganisationId: null,
      contactEmail: null,
      website: null,
    });
    expect(newOrganisation('x', { name: 'Foreningen', type: 'ngo' }).regionCode).toBeNull();
  });

  it('announces the registration with the time it was stored', () => {
    expect(registeredEvent(aalborg)).toEqual({
      organisationId: aalborg.id,
      name: 'Aalborg Kommune',
      type: 'municipality',
      cvr: null,
      kommunekode: '851',
      parentOrganisationId: null,
      registeredAt: '2026-01-02T03:04:05.000Z',
    });
  });
});

describe('changing an organisation', () => {
  it('writes only the fields whose values differ', () => {
    expect(organisationChanges(aalborg, { name: 'Aalborg Kommune', archived: true, website: null })).toEqual({
      archived: true,
    });
    expect(organisationChanges(aalborg, { contactEmail: 'data@aalborg.example' })).toEqual({});
    expect(organisationChanges(aalborg, { cvr: '29189420' })).toEqual({ cvr: '29189420' });
  });

  it('says in the event whether it is archived and when it last changed', () => {
    const updatedAt = new Date('2026-03-01T10:00:00Z');
    expect(updatedEvent({ organisation: { ...aalborg, archived: true }, updatedAt })).toMatchObject({
      organisationId: aalborg.id,
      archived: true,
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
  });
});

describe('an organisation named in a request', () => {
  it('must exist, reported at the pointer of the field that names it', () => {
    expect(thrown(() => requireActive(undefined, aalborg.id, '/organisationId'))).toEqual({
      kind: 'invalid',
      pointers: ['/organisationId'],
      details: [`no organisation has id ${aalborg.id}`],
    });
  });

  it('must not be archived', () => {
    const archived = { ...aalborg, archived: true };
    expect(thrown(() => requireActive(archived, aalborg.id, '/funderOrganisationId'))).toEqual({
      kind: 'invalid',
      pointers: ['/funderOrganisationId'],
      details: ['organisation Aalborg Kommune is archived'],
    });
    expect(requireActive(aalborg, aalborg.id, '/organisationId')).toBe(aalborg);
  });
});

describe('unique values', () => {
  it('names the field whose unique constraint was violated', () => {
    const pointer = (constraint?: string) =>
      organisationConflict(violation('23505', constraint))?.errors[0]?.pointer;
    expect(pointer('organisation_cvr_key')).toBe('/cvr');
    expect(pointer('organisation_kommunekode_key')).toBe('/kommunekode');
    expect(pointer('organisation_pkey')).toBe('/id');
    expect(pointer(undefined)).toBe('/id');
    expect(organisationConflict(violation('23505', 'organisation_cvr_key'))?.kind).toBe('conflict');
  });

  it('leaves other errors alone', () => {
    expect(organisationConflict(violation('23503', 'organisation_cvr_key'))).toBeUndefined();
    expect(organisationConflict(new Error('connection reset'))).toBeUndefined();
  });
});

describe('searching', () => {
  it('matches %, _ and \\ literally', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(escapeLike('fonden')).toBe('fonden');
  });
});
