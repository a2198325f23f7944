import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { periodLabelSchema } from './programme-indicator.dto.js';

export const storyCommentAddedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.story-comment.added.v1',
  description: 'A member commented on the story behind the curve of one indicator and period.',
  public: false,
  schema: z.object({
    programmeId: z.uuid(),
    commentId: z.uuid(),
    code: z.string(),
    period: periodLabelSchema,
    organisationId: z.uuid().nullable(),
  }),
});

export type StoryCommentAddedV1 = z.infer<typeof storyCommentAddedV1.schema>;
