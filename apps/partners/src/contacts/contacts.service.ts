import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { contactChangedV1, type AddContact, type ContactDto } from '@samvirke/contracts';
import { belongsTo, hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';
import { Organisation } from '../organisations/organisation.entity.js';
import { requireActiveOrganisation } from '../organisations/organisations.service.js';
import { Contact } from './contact.entity.js';

/**
 * Named contacts hold personal data (name, e-mail), so only the organisation's own users and
 * platform admins see or change them.
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  async add(principal: Principal, organisationId: string, command: AddContact): Promise<ContactDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, principal, organisationId);
      await requireActiveOrganisation(manager, organisationId, '/organisationId');
      const contact = { id: randomUUID(), organisationId, ...command };
      await manager.insert(Contact, contact);
      const row = await manager.findOneByOrFail(Contact, { id: contact.id });
      await this.outbox.record(
        manager,
        contactChangedV1,
        { contactId: row.id, ...command, organisationId, removed: false },
        {
          subject: organisationId,
        },
      );
      return toDto(row);
    });
  }

  async list(principal: Principal, organisationId: string): Promise<ContactDto[]> {
    await this.authorise(this.dataSource.manager, principal, organisationId);
    const rows = await this.dataSource.getRepository(Contact).find({
      where: { organisationId, removedAt: IsNull() },
      order: { name: 'ASC' },
    });
    return rows.map(toDto);
  }

  async remove(principal: Principal, organisationId: string, contactId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, principal, organisationId);
      const row = await manager.findOneBy(Contact, { id: contactId, organisationId, removedAt: IsNull() });
      if (!row) throw new DomainError('not-found', `No contact ${contactId} at this organisation.`);
      await manager.update(Contact, { id: contactId }, { removedAt: new Date() });
      const { name, email, role, language } = row;
      await this.outbox.record(
        manager,
        contactChangedV1,
        { contactId, organisationId, name, email, role, language, removed: true },
        { subject: organisationId },
      );
    });
  }

  private async authorise(
    manager: EntityManager,
    principal: Principal,
    organisationId: string,
  ): Promise<void> {
    if (!(await manager.existsBy(Organisation, { id: organisationId }))) {
      throw new DomainError('not-found', `No organisation has id ${organisationId}.`);
    }
    if (!hasRole(principal, 'platform-admin') && !belongsTo(principal, organisationId)) {
      throw new DomainError(
        'forbidden',
        "Only the organisation's own users and platform admins manage its contacts.",
      );
    }
  }
}

function toDto(row: Contact): ContactDto {
  const { id, organisationId, name, email, role, language } = row;
  return { id, organisationId, name, email, role, language, createdAt: row.createdAt.toISOString() };
}
