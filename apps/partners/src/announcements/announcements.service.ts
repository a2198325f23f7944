import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  announcementPublishedV1,
  type AnnouncementDto,
  type AnnouncementReceipts,
  type CreateAnnouncement,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { ProgrammeAccess, type ProgrammeView } from '../programmes/programme-access.js';
import { requireManager } from '../programmes/programmes.rules.js';
import {
  announcementNotFound,
  authorOrganisation,
  mayRead,
  publishedEvent,
  publishTime,
  recipientsOf,
  requireAudience,
  withReceipt,
  type AnnouncementRecord,
} from './announcements.rules.js';
import { AnnouncementsStore } from './announcements.store.js';

@Injectable()
export class AnnouncementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: ProgrammeAccess,
  ) {}

  async create(
    principal: Principal,
    programmeId: string,
    command: CreateAnnouncement,
  ): Promise<AnnouncementDto> {
    return this.dataSource.transaction(async (manager) => {
      requireManager(await this.access.view(principal, programmeId, manager));
      const store = new AnnouncementsStore(manager);
      const members = await store.currentMembers(programmeId);
      requireAudience(command.audience, members);
      const now = new Date();
      const publishAt = publishTime(command.publishAt, now);
      const id = randomUUID();
      const record: AnnouncementRecord = {
        id,
        programmeId,
        title: command.title,
        body: command.body,
        audience: command.audience,
        authorOrganisationId: authorOrganisation(principal, members),
        authorName: '',
        authorUsername: principal.username ?? null,
        publishAt: publishAt.toISOString(),
        publishedAt: null,
        createdAt: now.toISOString(),
        recipientOrganisationIds: [],
      };
      await store.insert(record, publishAt);
      if (publishAt.getTime() <= now.getTime()) await this.publish(manager, store, id, programmeId, now);
      const stored = await store.find(programmeId, id);
      if (!stored) throw announcementNotFound(id);
      return withReceipt(stored, null);
    });
  }

  async list(principal: Principal, programmeId: string): Promise<AnnouncementDto[]> {
    const manager = this.dataSource.manager;
    const view = await this.access.view(principal, programmeId, manager);
    const store = new AnnouncementsStore(manager);
    const records = await store.list(programmeId, view.canManage ? 'all' : principal.organisations);
    const reads = await store.readsOf(
      principal.username,
      records.map((record) => record.id),
    );
    return records.map((record) => withReceipt(record, reads.get(record.id) ?? null));
  }

  async get(principal: Principal, programmeId: string, id: string): Promise<AnnouncementDto> {
    const manager = this.dataSource.manager;
    const record = await this.readable(principal, programmeId, id, manager);
    const reads = await new AnnouncementsStore(manager).readsOf(principal.username, [id]);
    return withReceipt(record, reads.get(id) ?? null);
  }

  async markRead(principal: Principal, programmeId: string, id: string): Promise<{ readAt: string }> {
    return this.dataSource.transaction(async (manager) => {
      const record = await this.readable(principal, programmeId, id, manager);
      const username = principal.username ?? principal.subject;
      const organisation =
        record.recipientOrganisationIds.find((org) => principal.organisations.includes(org)) ??
        principal.organisations[0] ??
        record.authorOrganisationId;
      const readAt = await new AnnouncementsStore(manager).recordRead(id, username, organisation, new Date());
      return { readAt };
    });
  }

  async receipts(principal: Principal, programmeId: string, id: string): Promise<AnnouncementReceipts> {
    const manager = this.dataSource.manager;
    const view = await this.access.view(principal, programmeId, manager);
    requireManager(view);
    const store = new AnnouncementsStore(manager);
    if (!(await store.find(programmeId, id))) throw announcementNotFound(id);
    const organisations = await store.receipts(id);
    const readers = organisations.reduce((sum, organisation) => sum + organisation.readers.length, 0);
    return { announcementId: id, readers, organisations };
  }

  /**
   * Publishes a stored announcement to the programme's members of its audience now, and records
   * announcement.published in the same transaction. Used at creation and by the scheduler.
   */
  async publish(
    manager: EntityManager,
    store: AnnouncementsStore,
    id: string,
    programmeId: string,
    now: Date,
  ): Promise<void> {
    const record = await store.find(programmeId, id);
    if (!record || record.publishedAt) return;
    const recipients = recipientsOf(record.audience, await store.currentMembers(programmeId));
    await store.publish(id, recipients, now);
    const published = { ...record, recipientOrganisationIds: recipients };
    await this.outbox.record(manager, announcementPublishedV1, publishedEvent(published, now), {
      subject: programmeId,
      programmeId,
    });
  }

  private async readable(
    principal: Principal,
    programmeId: string,
    id: string,
    manager: EntityManager,
  ): Promise<AnnouncementRecord> {
    const view: ProgrammeView = await this.access.view(principal, programmeId, manager);
    const record = await new AnnouncementsStore(manager).find(programmeId, id);
    if (!record || !mayRead(principal, view, record)) throw announcementNotFound(id);
    return record;
  }
}
