import {
  findMunicipality,
  type OrganisationDto,
  type RegisterOrganisation,
  type UpdateOrganisation,
} from '@samvirke/contracts';
import { uniqueViolation } from '@samvirke/persistence';
import { DomainError, ValidationFailed } from '@samvirke/platform';

/** The row a registration writes: the region follows from the kommunekode. */
export interface NewOrganisation {
  readonly id: string;
  readonly name: string;
  readonly type: OrganisationDto['type'];
  readonly cvr: string | null;
  readonly kommunekode: string | null;
  readonly regionCode: string | null;
  readonly parentOrganisationId: string | null;
  readonly contactEmail: string | null;
  readonly website: string | null;
}

/** The fields of an update whose values differ from the stored organisation. */
export type OrganisationChanges = Partial<UpdateOrganisation>;

/** Unique constraints of the organisation table, by the suffix of their name, and the field each guards. */
const UNIQUE_FIELDS: Record<string, string> = { cvr_key: 'cvr', kommunekode_key: 'kommunekode', pkey: 'id' };

export function newOrganisation(id: string, command: RegisterOrganisation): NewOrganisation {
  return {
    id,
    name: command.name,
    type: command.type,
    cvr: command.cvr ?? null,
    kommunekode: command.kommunekode ?? null,
    regionCode: command.kommunekode ? (findMunicipality(command.kommunekode)?.regionCode ?? null) : null,
    parentOrganisationId: command.parentOrganisationId ?? null,
    contactEmail: command.contactEmail ?? null,
    website: command.website ?? null,
  };
}

/**
 * Only what differs is written, so an update that changes nothing leaves the row, its change
 * time and its version as they were.
 */
export function organisationChanges(
  current: OrganisationDto,
  command: UpdateOrganisation,
): OrganisationChanges {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(command)) {
    if (value !== undefined && value !== current[field as keyof OrganisationDto]) changes[field] = value;
  }
  return changes;
}

/**
 * The organisation a request names must exist and not be archived; otherwise the field at
 * `pointer` is reported as invalid (422) and nothing is written.
 */
export function requireActive(
  organisation: OrganisationDto | undefined,
  id: string,
  pointer: string,
): OrganisationDto {
  if (!organisation) throw new ValidationFailed([{ pointer, detail: `no organisation has id ${id}` }]);
  if (organisation.archived) {
    throw new ValidationFailed([{ pointer, detail: `organisation ${organisation.name} is archived` }]);
  }
  return organisation;
}

export function notFound(id: string): DomainError {
  return new DomainError('not-found', `No organisation has id ${id}.`);
}

/** A search term as a literal inside a LIKE pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A unique violation on the organisation table as a 409 naming the field that is taken. */
export function organisationConflict(error: unknown): DomainError | undefined {
  const violation = uniqueViolation(error);
  if (!violation) return undefined;
  const field =
    Object.entries(UNIQUE_FIELDS).find(([suffix]) => violation.constraint?.endsWith(suffix))?.[1] ?? 'id';
  return new DomainError('conflict', `An organisation with this ${field} is already registered.`, [
    { pointer: `/${field}`, detail: 'already registered' },
  ]);
}

export function registeredEvent(organisation: OrganisationDto) {
  const { id, name, type, cvr, kommunekode, parentOrganisationId, createdAt } = organisation;
  return { organisationId: id, name, type, cvr, kommunekode, parentOrganisationId, registeredAt: createdAt };
}

export function updatedEvent({
  organisation,
  updatedAt,
}: {
  organisation: OrganisationDto;
  updatedAt: Date;
}) {
  const { id, name, type, cvr, kommunekode, parentOrganisationId, archived } = organisation;
  return {
    organisationId: id,
    name,
    type,
    cvr,
    kommunekode,
    parentOrganisationId,
    archived,
    updatedAt: updatedAt.toISOString(),
  };
}
