import type { EntityManager } from 'typeorm';
import type { AttachmentMediaType, ReportAttachmentDto } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

interface AttachmentRow {
  id: string;
  report_id: string;
  award_id: string;
  file_name: string;
  media_type: AttachmentMediaType;
  size_bytes: string;
  sha256: string;
  object_key: string;
  uploaded_by: string;
  uploaded_at: Date;
}

export interface StoredAttachment extends ReportAttachmentDto {
  objectKey: string;
}

export type NewAttachment = Omit<StoredAttachment, 'uploadedAt'>;

/** What is attached to the reports; the bytes are in object storage under objectKey. */
export class AttachmentsStore {
  constructor(private readonly manager: EntityManager) {}

  async list(reportId: string): Promise<ReportAttachmentDto[]> {
    const rows = await this.manager.query<AttachmentRow[]>(
      `SELECT * FROM report_attachment WHERE report_id = $1 ORDER BY uploaded_at, id`,
      [reportId],
    );
    return rows.map((row) => withoutKey(toAttachment(row)));
  }

  async get(reportId: string, attachmentId: string): Promise<StoredAttachment> {
    const [row] = await this.manager.query<AttachmentRow[]>(
      `SELECT * FROM report_attachment WHERE id = $1 AND report_id = $2`,
      [attachmentId, reportId],
    );
    if (!row) throw new DomainError('not-found', `No attachment ${attachmentId} on this report.`);
    return toAttachment(row);
  }

  async insert(attachment: NewAttachment): Promise<void> {
    await this.manager.query(
      `INSERT INTO report_attachment (id, report_id, award_id, file_name, media_type, size_bytes, sha256, object_key, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        attachment.id,
        attachment.reportId,
        attachment.awardId,
        attachment.fileName,
        attachment.mediaType,
        attachment.sizeBytes,
        attachment.sha256,
        attachment.objectKey,
        attachment.uploadedBy,
      ],
    );
  }
}

export function withoutKey({ objectKey: _key, ...attachment }: StoredAttachment): ReportAttachmentDto {
  return attachment;
}

function toAttachment(row: AttachmentRow): StoredAttachment {
  return {
    id: row.id,
    reportId: row.report_id,
    awardId: row.award_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    objectKey: row.object_key,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}
