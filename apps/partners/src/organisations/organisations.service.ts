import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  organisationRegisteredV1,
  organisationUpdatedV1,
  type ListOrganisationsQuery,
  type OrganisationDto,
  type Page,
  type RegisterOrganisation,
  type UpdateOrganisation,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { checkManagesSubUnit, checkPlacement, rootOf } from './organisation-hierarchy.rules.js';
import {
  newOrganisation,
  notFound,
  organisationChanges,
  organisationConflict,
  registeredEvent,
  updatedEvent,
} from './organisations.rules.js';
import { OrganisationsStore } from './organisations.store.js';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  async register(principal: Principal, command: RegisterOrganisation): Promise<OrganisationDto> {
    const row = newOrganisation(command.id ?? randomUUID(), command);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const store = new OrganisationsStore(manager);
        if (row.parentOrganisationId) await place(store, principal, row, row.parentOrganisationId, 0);
        else checkManagesSubUnit(principal, undefined);
        const organisation = await store.insert(row);
        await this.outbox.record(manager, organisationRegisteredV1, registeredEvent(organisation), {
          subject: organisation.id,
        });
        return organisation;
      });
    } catch (error) {
      throw organisationConflict(error) ?? error;
    }
  }

  async update(principal: Principal, id: string, command: UpdateOrganisation): Promise<OrganisationDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const store = new OrganisationsStore(manager);
        const current = await store.lock(id);
        if (!current) throw notFound(id);
        const chain = await store.chain(id);
        checkManagesSubUnit(principal, chain.length > 1 ? rootOf(chain) : undefined);
        const changes = organisationChanges(current.organisation, command);
        if (changes.parentOrganisationId === null) checkManagesSubUnit(principal, undefined);
        if (changes.parentOrganisationId)
          await place(
            store,
            principal,
            current.organisation,
            changes.parentOrganisationId,
            await store.height(id),
          );
        const saved = Object.keys(changes).length > 0 ? await store.update(id, changes) : current;
        await this.outbox.record(manager, organisationUpdatedV1, updatedEvent(saved), { subject: id });
        return saved.organisation;
      });
    } catch (error) {
      throw organisationConflict(error) ?? error;
    }
  }

  async get(id: string): Promise<OrganisationDto> {
    const organisation = await new OrganisationsStore(this.dataSource.manager).find(id);
    if (!organisation) throw notFound(id);
    return organisation;
  }

  list(query: ListOrganisationsQuery): Promise<Page<OrganisationDto>> {
    return new OrganisationsStore(this.dataSource.manager).list(query);
  }
}

/** The organisation may go under this parent, and the caller manages the municipality it ends under. */
async function place(
  store: OrganisationsStore,
  principal: Principal,
  child: Pick<OrganisationDto, 'id' | 'type'>,
  parentId: string,
  childHeight: number,
): Promise<void> {
  const ancestors = await store.chain(parentId);
  checkPlacement({ child, parentId, ancestors, childHeight });
  checkManagesSubUnit(principal, rootOf(ancestors));
}
