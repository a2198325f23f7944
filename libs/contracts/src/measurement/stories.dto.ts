import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

/** Who does what by when, in a story's action plan. */
export const storyActionSchema = z
  .object({
    who: text(200).min(1),
    what: text(1000).min(1),
    byWhen: z.iso.date(),
  })
  .strict();

/** The story behind the curve for one indicator and period: the whole text, replaced on each write. */
export const writeStorySchema = z
  .object({
    /** What explains the numbers. */
    explanation: text(5000).default(''),
    /** Partners who could help turn the curve. */
    partners: text(2000).default(''),
    /** What works, from research and experience. */
    whatWorks: text(5000).default(''),
    actions: z.array(storyActionSchema).max(30).default([]),
  })
  .strict();

export type WriteStory = z.infer<typeof writeStorySchema>;

export const storyCommentSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  body: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});

export type StoryCommentDto = z.infer<typeof storyCommentSchema>;

export const storySchema = z.object({
  programmeId: z.uuid(),
  code: z.string(),
  period: z.string(),
  explanation: z.string(),
  partners: z.string(),
  whatWorks: z.string(),
  actions: z.array(storyActionSchema),
  /** Null until someone writes the story. */
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedByOrganisationId: z.uuid().nullable(),
  comments: z.array(storyCommentSchema),
});

export type StoryDto = z.infer<typeof storySchema>;

export const addStoryCommentSchema = z.object({ body: text(2000).min(1) }).strict();

export type AddStoryComment = z.infer<typeof addStoryCommentSchema>;

/** An entry of a programme's learning log: what the partners learned, optionally about one indicator. */
export const recordLearningSchema = z
  .object({
    title: text(200).min(1),
    body: text(5000).min(1),
    code: z.string().min(1).max(60).optional(),
  })
  .strict();

export type RecordLearning = z.infer<typeof recordLearningSchema>;

export const learningEntrySchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  title: z.string(),
  body: z.string(),
  code: z.string().nullable(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

export type LearningEntryDto = z.infer<typeof learningEntrySchema>;

export const learningQuerySchema = z
  .object({ q: z.string().trim().min(1).max(200).optional() })
  .strict()
  .describe('q: words to search for (Danish full-text search, e.g. "mentorer virker")');
