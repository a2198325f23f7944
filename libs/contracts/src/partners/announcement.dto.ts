import { z } from 'zod';
import { membershipRoleSchema } from './partners-schemas.js';

/**
 * Announcements: news from a programme's backbone or funders to its members. The body is
 * Markdown, stored as written and never as HTML; the portal renders a safe subset of it
 * (paragraphs, headings, lists, emphasis, links to http(s) and mailto addresses) as text nodes.
 */
export const ANNOUNCEMENT_STATUSES = ['scheduled', 'published'] as const;
export const announcementStatusSchema = z.enum(ANNOUNCEMENT_STATUSES);

/** Who reads it: every current member (both lists empty), or the members named or holding a role. */
export const announcementAudienceSchema = z
  .object({
    organisationIds: z.array(z.uuid()).max(500).default([]),
    roles: z.array(membershipRoleSchema).max(5).default([]),
  })
  .strict();
export type AnnouncementAudience = z.infer<typeof announcementAudienceSchema>;

export const createAnnouncementSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(20_000),
    audience: announcementAudienceSchema.default({ organisationIds: [], roles: [] }),
    /** Publish later; absent or past: now. */
    publishAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type CreateAnnouncement = z.infer<typeof createAnnouncementSchema>;

export const announcementSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  title: z.string(),
  body: z.string(),
  audience: z.object({
    organisationIds: z.array(z.uuid()),
    roles: z.array(membershipRoleSchema),
  }),
  authorOrganisationId: z.uuid(),
  authorName: z.string(),
  status: announcementStatusSchema,
  publishAt: z.iso.datetime({ offset: true }),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** The member organisations it went to (known once it is published). */
  recipientOrganisationIds: z.array(z.uuid()),
  /** When the caller marked it read, if they did. */
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type AnnouncementDto = z.infer<typeof announcementSchema>;

/** Read receipts, for the programme's managers: per recipient organisation who read it and when. */
export const announcementReceiptsSchema = z.object({
  announcementId: z.uuid(),
  readers: z.number().int().nonnegative(),
  organisations: z.array(
    z.object({
      organisationId: z.uuid(),
      organisationName: z.string(),
      readers: z.array(z.object({ username: z.string(), readAt: z.iso.datetime({ offset: true }) })),
    }),
  ),
});
export type AnnouncementReceipts = z.infer<typeof announcementReceiptsSchema>;

export const announcementReadSchema = z.object({ readAt: z.iso.datetime({ offset: true }) });
