import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const announcementPublishedV1 = defineEvent({
  type: 'dk.samvirke.partners.announcement.published.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
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
