import type { EntityManager } from 'typeorm';
import type { AnnouncementAttachmentDto, AttachmentMediaType } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

interface AttachmentRow {
  id: string;
  announcement_id: string;
  file_name: string;
  media_type: AttachmentMediaType;
  size_bytes: string;
  sha256: string;
  object_key: string;
  uploaded_at: Date;
}

export interface StoredAnnouncementAttachment extends AnnouncementAttachmentDto {
  readonly objectKey: string;
}

export interface NewAnnouncementAttachment extends Omit<StoredAnnouncementAttachment, 'uploadedAt'> {
  readonly programmeId: string;
  readonly uploadedByOrganisationId: string | null;
}

/** The files attached to announcements; the bytes are in object storage under objectKey. */
export class AnnouncementAttachmentsStore {
  constructor(private readonly manager: EntityManager) {}

  async list(announcementId: string): Promise<AnnouncementAttachmentDto[]> {
    const rows = await this.manager.query<AttachmentRow[]>(
      `SELECT * FROM announcement_attachment WHERE announcement_id = $1 ORDER BY uploaded_at, id`,
      [announcementId],
    );
    return rows.map((row) => withoutKey(toAttachment(row)));
  }

  async get(announcementId: string, attachmentId: string): Promise<StoredAnnouncementAttachment> {
    const [row] = await this.manager.query<AttachmentRow[]>(
      `SELECT * FROM announcement_attachment WHERE id = $1 AND announcement_id = $2`,
      [attachmentId, announcementId],
    );
    if (!row) throw new DomainError('not-found', `No attachment ${attachmentId} on this announcement.`);
    return toAttachment(row);
  }

  async insert(attachment: NewAnnouncementAttachment): Promise<void> {
    await this.manager.query(
      `INSERT INTO announcement_attachment (id, announcement_id, programme_id, file_name, media_type,
                                            size_bytes, sha256, object_key, uploaded_by_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        attachment.id,
        attachment.announcementId,
        attachment.programmeId,
        attachment.fileName,
        attachment.mediaType,
        attachment.sizeBytes,
        attachment.sha256,
        attachment.objectKey,
        attachment.uploadedByOrganisationId,
      ],
    );
  }
}

export function withoutKey({
  objectKey: _key,
  ...attachment
}: StoredAnnouncementAttachment): AnnouncementAttachmentDto {
  return attachment;
}

function toAttachment(row: AttachmentRow): StoredAnnouncementAttachment {
  return {
    id: row.id,
    announcementId: row.announcement_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    objectKey: row.object_key,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}
