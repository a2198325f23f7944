import type { EntityManager } from 'typeorm';
import type { AnnouncementAttachmentDto } from '@samvirke/contracts';
import { AttachmentRows, type AttachmentTable } from '@samvirke/persistence';

export { withoutKey } from '@samvirke/persistence';

export interface StoredAnnouncementAttachment extends AnnouncementAttachmentDto {
  readonly objectKey: string;
}

export interface NewAnnouncementAttachment extends Omit<StoredAnnouncementAttachment, 'uploadedAt'> {
  readonly programmeId: string;
  readonly uploadedByOrganisationId: string | null;
}

const announcementAttachments: AttachmentTable<StoredAnnouncementAttachment> = {
  table: 'announcement_attachment',
  owner: 'announcement_id',
  ownerName: 'announcement',
  fromRow: (row) => ({ announcementId: row.announcement_id as string }),
};

/** The files attached to announcements; the bytes are in object storage under objectKey. */
export class AnnouncementAttachmentsStore extends AttachmentRows<StoredAnnouncementAttachment> {
  constructor(manager: EntityManager) {
    super(manager, announcementAttachments);
  }

  async insert(attachment: NewAnnouncementAttachment): Promise<void> {
    await this.insertFile(attachment, {
      announcement_id: attachment.announcementId,
      programme_id: attachment.programmeId,
      uploaded_by_organisation_id: attachment.uploadedByOrganisationId,
    });
  }
}
