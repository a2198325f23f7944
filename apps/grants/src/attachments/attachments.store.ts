import type { EntityManager } from 'typeorm';
import type { ReportAttachmentDto } from '@samvirke/contracts';
import { AttachmentRows, type AttachmentTable } from '@samvirke/persistence';

export { withoutKey } from '@samvirke/persistence';

export interface StoredAttachment extends ReportAttachmentDto {
  objectKey: string;
}

export type NewAttachment = Omit<StoredAttachment, 'uploadedAt'>;

const reportAttachments: AttachmentTable<StoredAttachment> = {
  table: 'report_attachment',
  owner: 'report_id',
  ownerName: 'report',
  fromRow: (row) => ({
    reportId: row.report_id as string,
    awardId: row.award_id as string,
    uploadedBy: row.uploaded_by as string,
  }),
};

/** What is attached to the reports; the bytes are in object storage under objectKey. */
export class AttachmentsStore extends AttachmentRows<StoredAttachment> {
  constructor(manager: EntityManager) {
    super(manager, reportAttachments);
  }

  async insert(attachment: NewAttachment): Promise<void> {
    await this.insertFile(attachment, {
      report_id: attachment.reportId,
      award_id: attachment.awardId,
      uploaded_by: attachment.uploadedBy,
    });
  }
}
