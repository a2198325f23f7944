import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const announcementPublishedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.announcement.published.v1',
  description:
    "A programme's backbone or funder published an announcement to these member organisations (at once, or when its scheduled time came). Notifications delivers it by inbox, e-mail or digest.",
  public: false,
  schema: z.object({
    announcementId: z.uuid(),
    programmeId: z.uuid(),
    title: z.string().min(1),
    /** The start of the Markdown body as plain text, for the inbox and e-mail. */
    excerpt: z.string(),
    authorOrganisationId: z.uuid(),
    recipientOrganisationIds: z.array(z.uuid()),
    publishedAt: z.iso.datetime({ offset: true }),
  }),
});

export type AnnouncementPublishedV1 = z.infer<typeof announcementPublishedV1.schema>;
