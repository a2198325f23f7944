import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const meetingScheduledV1 = defineEvent({
  type: 'dk.samvirke.partners.meeting.scheduled.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description:
    "A programme body's meeting was scheduled (or its time changed). Notifications tells the body's member organisations and puts it in the calendar feeds of the programme's members.",
  public: false,
  schema: z.object({
    meetingId: z.uuid(),
    programmeId: z.uuid(),
    bodyId: z.uuid(),
    bodyName: z.string(),
    title: z.string().min(1),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    location: z.string(),
    memberOrganisationIds: z.array(z.uuid()),
  }),
});

export type MeetingScheduledV1 = z.infer<typeof meetingScheduledV1.schema>;
