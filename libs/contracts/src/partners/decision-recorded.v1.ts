import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const decisionRecordedV1 = defineEvent({
  type: 'dk.samvirke.partners.decision.recorded.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description:
    "A decision entered a programme's decision log, with the goals, activities, indicators and awards it concerns. Notifications tells the programme's members.",
  public: false,
  schema: z.object({
    decisionId: z.uuid(),
    programmeId: z.uuid(),
    meetingId: z.uuid().nullable(),
    title: z.string().min(1),
    decidedOn: z.iso.date(),
    goalIds: z.array(z.uuid()),
    activityIds: z.array(z.uuid()),
    indicatorIds: z.array(z.uuid()),
    awardIds: z.array(z.uuid()),
  }),
});

export type DecisionRecordedV1 = z.infer<typeof decisionRecordedV1.schema>;
