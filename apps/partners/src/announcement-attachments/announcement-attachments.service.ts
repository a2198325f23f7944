import { randomUUID } from 'node:crypto';
import { BadGatewayException, HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AnnouncementAttachmentDto, AnnouncementAttachmentsDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { ValidationFailed } from '@samvirke/platform';
import { announcementNotFound, mayRead } from '../announcements/announcements.rules.js';
import { AnnouncementsStore } from '../announcements/announcements.store.js';
import { ProgrammeAccess } from '../programmes/programme-access.js';
import { requireManager } from '../programmes/programmes.rules.js';
import { PartnersObjectStorage } from './partners-object-storage.js';
import {
  checkUpload,
  intact,
  objectKeyOf,
  type CheckedFile,
  type Upload,
} from './announcement-attachments.rules.js';
import { AnnouncementAttachmentsStore, withoutKey } from './announcement-attachments.store.js';

export interface Download {
  readonly attachment: AnnouncementAttachmentDto;
  readonly bytes: Buffer;
}

/**
 * Files on announcements: the programme's managers attach them; the announcement's readers (the
 * members it went to, and the managers) list and download them, through the gateway only. The bytes
 * go to object storage last, inside the transaction that writes the row, so a refused or failed
 * upload leaves no row naming them (and the object is removed again when the commit fails).
 */
@Injectable()
export class AnnouncementAttachmentsService {
  private readonly logger = new Logger(AnnouncementAttachmentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProgrammeAccess,
    private readonly storage: PartnersObjectStorage,
  ) {}

  async list(
    principal: Principal,
    programmeId: string,
    announcementId: string,
  ): Promise<AnnouncementAttachmentsDto> {
    const manager = this.dataSource.manager;
    await this.readable(principal, programmeId, announcementId, manager);
    return { attachments: await new AnnouncementAttachmentsStore(manager).list(announcementId) };
  }

  async add(
    principal: Principal,
    programmeId: string,
    announcementId: string,
    upload: Upload,
  ): Promise<AnnouncementAttachmentDto> {
    let stored: string | undefined;
    try {
      return await this.dataSource.transaction(async (manager) => {
        requireManager(await this.access.view(principal, programmeId, manager));
        if (!(await new AnnouncementsStore(manager).find(programmeId, announcementId)))
          throw announcementNotFound(announcementId);
        const file = checked(upload);
        const id = randomUUID();
        const objectKey = objectKeyOf(programmeId, announcementId, id);
        const store = new AnnouncementAttachmentsStore(manager);
        const { bytes: _bytes, ...described } = file;
        const uploadedByOrganisationId = principal.organisations[0] ?? null;
        await store.insert({
          id,
          announcementId,
          programmeId,
          objectKey,
          uploadedByOrganisationId,
          ...described,
        });
        const attachment = withoutKey(await store.get(announcementId, id));
        await this.storage.put(objectKey, file.bytes, file.mediaType, file.sha256);
        stored = objectKey;
        return attachment;
      });
    } catch (error) {
      // Stored but not committed: remove it again (best effort; an orphan costs space, no row names it).
      if (stored) await this.storage.delete(stored).catch(() => undefined);
      throw error;
    }
  }

  async download(
    principal: Principal,
    programmeId: string,
    announcementId: string,
    attachmentId: string,
  ): Promise<Download> {
    const manager = this.dataSource.manager;
    await this.readable(principal, programmeId, announcementId, manager);
    const stored = await new AnnouncementAttachmentsStore(manager).get(announcementId, attachmentId);
    const bytes = await this.storage.get(stored.objectKey);
    if (!intact(bytes, stored)) {
      this.logger.error(`announcement attachment ${stored.id} does not match its SHA-256 in storage`);
      throw new BadGatewayException('The stored file does not match its checksum; it is not handed out.');
    }
    return { attachment: withoutKey(stored), bytes };
  }

  /** The announcement, if the caller may read it; 404 otherwise, as for the announcement itself. */
  private async readable(
    principal: Principal,
    programmeId: string,
    announcementId: string,
    manager: EntityManager,
  ): Promise<void> {
    const view = await this.access.view(principal, programmeId, manager);
    const record = await new AnnouncementsStore(manager).find(programmeId, announcementId);
    if (!record || !mayRead(principal, view, record)) throw announcementNotFound(announcementId);
  }
}

function checked(upload: Upload): CheckedFile {
  const check = checkUpload(upload);
  if (check.ok) return check.file;
  if ('unsupported' in check) throw new HttpException(check.unsupported, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  throw new ValidationFailed(check.problems, 'The file cannot be attached.');
}
