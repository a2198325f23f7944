import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  contactChangedV1,
  contactChangedV2,
  contactRemovedV1,
  type AddContact,
  type ContactDto,
  type OrganisationDto,
} from '@samvirke/contracts';
import { belongsTo, hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox, forgetPublishedEvents } from '@samvirke/messaging';
import { recordAuditRead, redactAuditOfRow, sealPersonal } from '@samvirke/persistence';
import { notFound, requireActive } from '../organisations/organisations.rules.js';
import { OrganisationsStore } from '../organisations/organisations.store.js';
import { contactChanged, contactNotFound, contactPersonal, mayManageContacts } from './contacts.rules.js';
import { readContactSight, recordClientContactRead } from './contact-access.service.js';
import { ContactsStore } from './contacts.store.js';
import { PersonKeysStore } from './person-keys.store.js';

@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  async add(principal: Principal, organisationId: string, command: AddContact): Promise<ContactDto> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.authorise(manager, principal, organisationId);
      requireActive(organisation, organisationId, '/organisationId');
      const contact = await new ContactsStore(manager).insert({
        id: randomUUID(),
        organisationId,
        ...command,
      });
      // The key goes out first (its own topic), then the event whose personal fields it opens.
      const { keyId, key } = await new PersonKeysStore(manager, this.outbox).issue(contact.id);
      const personal = sealPersonal(keyId, key, contactPersonal(contact));
      await this.outbox.record(manager, contactChangedV2, contactChanged(contact, personal), {
        subject: organisationId,
      });
      return contact;
    });
  }

  /**
   * A platform admin reading another organisation's people is recorded in the audit trail, and so is
   * a machine client's read (only with contact access; without it, it gets no named contacts).
   */
  async list(principal: Principal, organisationId: string): Promise<ContactDto[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, principal, organisationId);
      const sight = await readContactSight(manager, principal);
      if (sight === 'none') return [];
      const contacts = await new ContactsStore(manager).current(organisationId);
      if (sight === 'granted-client')
        await recordClientContactRead(manager, principal, { rowKey: organisationId });
      else if (hasRole(principal, 'platform-admin') && !belongsTo(principal, organisationId))
        await recordAuditRead(manager, {
          tableName: 'contact',
          rowKey: organisationId,
          what: { organisationId },
        });
      return contacts;
    });
  }

  async remove(principal: Principal, organisationId: string, contactId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.authorise(manager, principal, organisationId);
      const store = new ContactsStore(manager);
      const contact = await store.find(organisationId, contactId);
      if (!contact) throw contactNotFound(contactId);
      await eraseContact(manager, this.outbox, organisationId, contactId);
    });
  }

  /** An unknown organisation is 404 for everyone; a known one's contacts are for its own users. */
  private async authorise(
    manager: EntityManager,
    principal: Principal,
    organisationId: string,
  ): Promise<OrganisationDto> {
    const organisation = await new OrganisationsStore(manager).find(organisationId);
    if (!organisation) throw notFound(organisationId);
    mayManageContacts(principal, organisationId);
    return organisation;
  }
}

/**
 * Erases a named contact in the caller's transaction: the row, the audit trail's values of it, the
 * published contact.changed events still in the outbox, and their data key (with a tombstone on the
 * person-keys topic, which makes every copy of their contact.changed.v2 events unreadable wherever
 * it is); contact.removed (ids only) tells the rest.
 */
export async function eraseContact(
  manager: EntityManager,
  outbox: EventOutbox,
  organisationId: string,
  contactId: string,
): Promise<void> {
  await new ContactsStore(manager).erase(contactId);
  await redactAuditOfRow(manager, 'contact', contactId);
  await new PersonKeysStore(manager, outbox).erase(contactId);
  for (const definition of [contactChangedV1, contactChangedV2])
    await forgetPublishedEvents(manager, definition.type, 'contactId', contactId);
  await outbox.record(manager, contactRemovedV1, { contactId, organisationId }, { subject: organisationId });
}
