import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import {
  announcementReadSchema,
  announcementReceiptsSchema,
  announcementSchema,
  createAnnouncementSchema,
} from './announcement.dto.js';

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
];
