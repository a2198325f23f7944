import { z } from 'zod';
import { ATTACHMENT_FILE_NAME_HEADER, ATTACHMENT_MEDIA_TYPES } from '../grants/report-attachment.dto.js';
import type { HttpHeader } from '../http/http-headers.js';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import {
  announcementReadSchema,
  announcementReceiptsSchema,
  announcementSchema,
  createAnnouncementSchema,
} from './announcement.dto.js';
import {
  announcementAttachmentSchema,
  announcementAttachmentsSchema,
} from './announcement-attachment.dto.js';

const FILE_NAME: HttpHeader = {
  name: ATTACHMENT_FILE_NAME_HEADER,
  description:
    "The file's name, percent-encoded UTF-8 as encodeURIComponent writes it; at most 200 characters, no slashes or control characters.",
};
const ATTACHMENTS = '/programmes/{programmeId}/announcements/{announcementId}/attachments';

const READERS =
  "Published announcements are read by the members they went to, and by the programme's managers (its funders' foundation officers, its backbone's coordinators and platform admins), who also see scheduled ones; for anyone else the programme or announcement gives 404.";

/** Announcements of a programme (partners; notifications delivers them). */
export const ANNOUNCEMENT_OPERATIONS: readonly HttpOperation[] = [
  op.get('listAnnouncements', '/programmes/{programmeId}/announcements', {
    summary: "The programme's announcements the caller may read, newest first",
    ...access(READERS).answers(z.array(announcementSchema), 404),
  }),
  op.create('createAnnouncement', '/programmes/{programmeId}/announcements', {
    summary: 'Write an announcement to all members or chosen organisations/roles, now or at a set time',
    body: createAnnouncementSchema,
    ...access(
      "The programme's funders' foundation officers, its backbone's coordinators and platform admins. The body is Markdown; the audience must name current members.",
    ).answers(announcementSchema, 404, 422),
  }),
  op.get('getAnnouncement', '/programmes/{programmeId}/announcements/{announcementId}', {
    summary: 'One announcement',
    ...access(READERS).answers(announcementSchema, 404),
  }),
  op.post('markAnnouncementRead', '/programmes/{programmeId}/announcements/{announcementId}/read', {
    summary: 'Record that the caller has read it (the read receipt; again changes nothing)',
    ...access(READERS).answers(announcementReadSchema, 404),
  }),
  op.get('getAnnouncementReceipts', '/programmes/{programmeId}/announcements/{announcementId}/receipts', {
    summary: 'Who has read it, per recipient organisation (managers)',
    ...access("The programme's managers only; members get 403.").answers(announcementReceiptsSchema, 404),
  }),
  op.get('listAnnouncementAttachments', ATTACHMENTS, {
    summary: "The announcement's attached files (names, types, sizes, SHA-256)",
    ...access(READERS).answers(announcementAttachmentsSchema, 404),
  }),
  op.create('addAnnouncementAttachment', ATTACHMENTS, {
    summary: "Attach a file (the body is the file's bytes) to an announcement, kept in object storage",
    bodyType: 'application/octet-stream',
    requestHeaders: [FILE_NAME],
    ...access(
      `The programme's managers (members get 403). Content-Type is the file's type or application/octet-stream; the type is read from the bytes (415 when they are none of ${ATTACHMENT_MEDIA_TYPES.join(', ')}, or not what Content-Type declares). 413 beyond the size limit (PARTNERS_ATTACHMENT_LIMIT); 422 for a missing or bad File-Name or an empty file. Nothing is stored when refused.`,
    ).answers(announcementAttachmentSchema, 404, 413, 415, 422),
  }),
  op.get('downloadAnnouncementAttachment', `${ATTACHMENTS}/{attachmentId}`, {
    summary:
      'An attached file, byte for byte as uploaded (Content-Disposition names it); its SHA-256 is checked against the stored one first',
    description: `${READERS} 502 when the stored bytes no longer match their SHA-256.`,
    responseType: 'application/octet-stream',
    errors: [404, 502],
  }),
];
