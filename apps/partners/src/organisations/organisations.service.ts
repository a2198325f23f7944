import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import {
  findMunicipality,
  organisationRegisteredV1,
  organisationUpdatedV1,
  type ListOrganisationsQuery,
  type OrganisationDto,
  type Page,
  type RegisterOrganisation,
  type UpdateOrganisation,
} from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { Organisation } from './organisation.entity.js';

const UNIQUE_FIELDS: Record<string, string> = { cvr_key: 'cvr', kommunekode_key: 'kommunekode', pkey: 'id' };

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  async register(command: RegisterOrganisation): Promise<OrganisationDto> {
    const id = command.id ?? randomUUID();
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        await manager.insert(Organisation, {
          id,
          name: command.name,
          type: command.type,
          cvr: command.cvr ?? null,
          kommunekode: command.kommunekode ?? null,
          regionCode: command.kommunekode
            ? (findMunicipality(command.kommunekode)?.regionCode ?? null)
            : null,
          contactEmail: command.contactEmail ?? null,
          website: command.website ?? null,
          archived: false,
        });
        const row = await manager.findOneByOrFail(Organisation, { id });
        await this.outbox.record(
          manager,
          organisationRegisteredV1,
          {
            organisationId: row.id,
            name: row.name,
            type: row.type,
            cvr: row.cvr,
            kommunekode: row.kommunekode,
            registeredAt: row.createdAt.toISOString(),
          },
          { subject: row.id },
        );
        return row;
      });
      return toDto(saved);
    } catch (error) {
      throw uniqueViolation(error) ?? error;
    }
  }

  async update(id: string, command: UpdateOrganisation): Promise<OrganisationDto> {
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const row = await manager.findOne(Organisation, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!row) throw new DomainError('not-found', `No organisation has id ${id}.`);
        Object.assign(row, command);
        await manager.save(row);
        await this.outbox.record(
          manager,
          organisationUpdatedV1,
          {
            organisationId: row.id,
            name: row.name,
            type: row.type,
            cvr: row.cvr,
            kommunekode: row.kommunekode,
            archived: row.archived,
            updatedAt: row.updatedAt.toISOString(),
          },
          { subject: row.id },
        );
        return row;
      });
      return toDto(saved);
    } catch (error) {
      throw uniqueViolation(error) ?? error;
    }
  }

  async get(id: string): Promise<OrganisationDto> {
    const row = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!row) throw new DomainError('not-found', `No organisation has id ${id}.`);
    return toDto(row);
  }

  async list(query: ListOrganisationsQuery): Promise<Page<OrganisationDto>> {
    const builder = this.dataSource.getRepository(Organisation).createQueryBuilder('o');
    if (query.type) builder.andWhere('o.type = :type', { type: query.type });
    if (query.kommunekode)
      builder.andWhere('o.kommunekode = :kommunekode', { kommunekode: query.kommunekode });
    if (query.archived) builder.andWhere('o.archived = :archived', { archived: query.archived === 'true' });
    if (query.q) {
      builder.andWhere('(o.name ILIKE :q OR o.cvr = :exact)', {
        q: `%${escapeLike(query.q)}%`,
        exact: query.q,
      });
    }
    const [rows, total] = await builder
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items: rows.map(toDto), total, limit: query.limit, offset: query.offset };
  }
}

/**
 * The organisation a request names must exist and not be archived; otherwise the field at
 * `pointer` is reported as invalid (422) and nothing is written.
 */
export async function requireActiveOrganisation(
  manager: EntityManager,
  id: string,
  pointer: string,
): Promise<Organisation> {
  const row = await manager.findOneBy(Organisation, { id });
  if (!row) throw new ValidationFailed([{ pointer, detail: `no organisation has id ${id}` }]);
  if (row.archived) throw new ValidationFailed([{ pointer, detail: `organisation ${row.name} is archived` }]);
  return row;
}

function toDto(row: Organisation): OrganisationDto {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    cvr: row.cvr,
    kommunekode: row.kommunekode,
    regionCode: row.regionCode,
    contactEmail: row.contactEmail,
    website: row.website,
    archived: row.archived,
    createdAt: row.createdAt.toISOString(),
  };
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function uniqueViolation(error: unknown): DomainError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code !== '23505') return undefined;
  const field =
    Object.entries(UNIQUE_FIELDS).find(([suffix]) => driverError.constraint?.endsWith(suffix))?.[1] ?? 'id';
  return new DomainError('conflict', `An organisation with this ${field} is already registered.`, [
    { pointer: `/${field}`, detail: 'already registered' },
  ]);
}
