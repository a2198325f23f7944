import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
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
  {
    operationId: 'listAnnouncements',
    method: 'get',
    path: '/programmes/{programmeId}/announcements',
    summary: "The programme's announcements the caller may read, newest first",
    description: READERS,
    status: 200,
    response: z.array(announcementSchema),
    errors: [404],
  },
  {
    operationId: 'createAnnouncement',
    method: 'post',
    path: '/programmes/{programmeId}/announcements',
    summary: 'Write an announcement to all members or chosen organisations/roles, now or at a set time',
    description:
      "The programme's funders' foundation officers, its backbone's coordinators and platform admins. The body is Markdown; the audience must name current members.",
    body: createAnnouncementSchema,
    status: 201,
    response: announcementSchema,
    errors: [404, 422],
  },
  {
    operationId: 'getAnnouncement',
    method: 'get',
    path: '/programmes/{programmeId}/announcements/{announcementId}',
    summary: 'One announcement',
    description: READERS,
    status: 200,
    response: announcementSchema,
    errors: [404],
  },
  {
    operationId: 'markAnnouncementRead',
    method: 'post',
    path: '/programmes/{programmeId}/announcements/{announcementId}/read',
    summary: 'Record that the caller has read it (the read receipt; again changes nothing)',
    description: READERS,
    status: 200,
    response: announcementReadSchema,
    errors: [404],
  },
  {
    operationId: 'getAnnouncementReceipts',
    method: 'get',
    path: '/programmes/{programmeId}/announcements/{announcementId}/receipts',
    summary: 'Who has read it, per recipient organisation (managers)',
    description: "The programme's managers only; members get 403.",
    status: 200,
    response: announcementReceiptsSchema,
    errors: [404],
  },
];
