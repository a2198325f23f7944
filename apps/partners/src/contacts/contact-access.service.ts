import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContactAccessGrant } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { recordAuditRead } from '@samvirke/persistence';
import { contactSight, type ContactSight } from './contacts.rules.js';
import { ContactAccessStore } from './contact-access.store.js';

/**
 * Platform admins grant and revoke an integration client's access to named contacts; the audit
 * trail records each grant and revocation (the table's trigger: who, when, from which request).
 */
@Injectable()
export class ContactAccessService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<ContactAccessGrant[]> {
    return new ContactAccessStore(this.dataSource.manager).list();
  }

  grant(clientId: string): Promise<ContactAccessGrant> {
    return this.dataSource.transaction((manager) => new ContactAccessStore(manager).grant(clientId));
  }

  async revoke(clientId: string): Promise<void> {
    await this.dataSource.transaction((manager) => new ContactAccessStore(manager).revoke(clientId));
  }
}

/** Whether the caller sees named contacts, looking up a machine client's grant. */
export async function readContactSight(manager: EntityManager, principal: Principal): Promise<ContactSight> {
  const granted =
    principal.clientId !== undefined && (await new ContactAccessStore(manager).granted(principal.clientId));
  return contactSight(principal, granted);
}

/** A granted client's read of named contacts is a READ entry, like an admin's read of personal data. */
export async function recordClientContactRead(
  manager: EntityManager,
  principal: Principal,
  read: { readonly rowKey: string; readonly programmeId?: string },
): Promise<void> {
  await recordAuditRead(manager, {
    tableName: 'contact',
    rowKey: read.rowKey,
    programmeId: read.programmeId,
    what: { clientId: principal.clientId ?? null, ...read },
  });
}
