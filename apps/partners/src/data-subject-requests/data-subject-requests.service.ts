import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  dataSubjectRequestOpenedV1,
  type DataSubjectRequestDto,
  type DataSubjectRequestOpenedV1,
  type OpenDataSubjectRequest,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import {
  dataSubjectPart,
  findPersonRows,
  personDigest,
  requestKeyPair,
  seal,
  type PersonLocator,
} from '@samvirke/persistence';
import { eraseContact } from '../contacts/contacts.service.js';
import { KeycloakIdentityAdmin } from '../keycloak-identity-admin.js';
import { PARTNERS_PERSON_LOCATORS } from '../personal-data.js';
import {
  mayHandleRequests,
  personNames,
  personUsername,
  requestNotFound,
} from './data-subject-requests.rules.js';
import { DataSubjectRequestsStore } from './data-subject-requests.store.js';
import { deleteAccount, findAccount, type KeycloakAccount } from './keycloak-accounts.js';

const CONTACTS: PersonLocator = { table: 'contact', column: 'email', by: 'email', erase: 'delete' };

/**
 * Opens a data subject request: partners answers for itself and for Keycloak at once, and asks
 * every other service by an event; the parts come back as events (data-subject-answers.consumer).
 */
@Injectable()
export class DataSubjectRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly keycloak: KeycloakIdentityAdmin,
  ) {}

  async open(principal: Principal, command: OpenDataSubjectRequest): Promise<DataSubjectRequestDto> {
    mayHandleRequests(principal);
    const account = await findAccount(this.keycloak, command.email, command.username);
    const { publicKey, privateKey } = requestKeyPair();
    const salt = randomBytes(16).toString('hex');
    const username = personUsername(command, account);
    const opened: DataSubjectRequestOpenedV1 = {
      requestId: randomUUID(),
      kind: command.kind,
      subject: account?.id ?? null,
      salt,
      emailDigest: personDigest(salt, command.email),
      usernameDigest: username === null ? null : personDigest(salt, username),
      publicKey,
    };
    const id = opened.requestId;
    await this.dataSource.transaction(async (manager) => {
      const store = new DataSubjectRequestsStore(manager);
      const keycloak = account ? 'found' : 'none';
      await store.insert({
        id,
        kind: command.kind,
        reference: command.reference,
        keycloak,
        openedBy: principal.subject,
        privateKey,
      });
      await store.addPart(id, await this.ownPart(manager, opened, account));
      await store.addPart(id, keycloakPart(opened, account));
      await this.outbox.record(manager, dataSubjectRequestOpenedV1, opened, { subject: id });
    });
    if (account && command.kind === 'erasure') await this.deleteAccount(id, account);
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<DataSubjectRequestDto> {
    mayHandleRequests(principal);
    const request = await new DataSubjectRequestsStore(this.dataSource.manager).find(id);
    if (!request) throw requestNotFound(id);
    return request;
  }

  async list(principal: Principal): Promise<DataSubjectRequestDto[]> {
    mayHandleRequests(principal);
    return new DataSubjectRequestsStore(this.dataSource.manager).list();
  }

  /**
   * Partners' named contacts go the way a removed contact goes (with contact.removed), then the
   * rest, including free-text names matched against the names the person goes by.
   */
  private async ownPart(
    manager: EntityManager,
    opened: DataSubjectRequestOpenedV1,
    account: KeycloakAccount | null,
  ) {
    const contacts = (await findPersonRows(manager, [CONTACTS], opened))['contact'] ?? [];
    const nameDigests = personNames(account, contacts).map((name) => personDigest(opened.salt, name));
    const person = { ...opened, nameDigests };
    if (opened.kind === 'access') {
      return dataSubjectPart(manager, 'partners', [CONTACTS, ...PARTNERS_PERSON_LOCATORS], person);
    }
    for (const contact of contacts)
      await eraseContact(manager, this.outbox, String(contact['organisation_id']), String(contact['id']));
    const part = await dataSubjectPart(manager, 'partners', PARTNERS_PERSON_LOCATORS, person);
    return { ...part, counts: { contact: contacts.length, ...part.counts } };
  }

  /** After the commit: the account goes last, so a failed deletion leaves the request to retry it. */
  private async deleteAccount(id: string, account: KeycloakAccount): Promise<void> {
    await deleteAccount(this.keycloak, account.id);
    await this.dataSource.transaction((manager) =>
      new DataSubjectRequestsStore(manager).setKeycloak(id, 'deleted'),
    );
  }
}

function keycloakPart(opened: DataSubjectRequestOpenedV1, account: KeycloakAccount | null) {
  const counts = { user: account ? 1 : 0 };
  const sealed =
    opened.kind === 'access' && account ? seal(opened.publicKey, { user: [account.representation] }) : null;
  return { service: 'keycloak', counts, sealed };
}
