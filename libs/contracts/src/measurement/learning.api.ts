import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { z } from 'zod';
import { validationReportSchema } from './programme-settings.dto.js';
import { indicatorComparisonSchema, scorecardQuerySchema, scorecardSchema } from './scorecard.dto.js';
import {
  addStoryCommentSchema,
  learningEntrySchema,
  learningQuerySchema,
  recordLearningSchema,
  storyCommentSchema,
  storySchema,
  writeStorySchema,
} from './stories.dto.js';

const MEMBERS =
  "For the programme's current members and platform admins; anyone else gets 404. Values pass the same small-number suppression as progress.";
const WRITERS =
  "The programme's current members (backbone, funders, partners, data providers) and platform admins.";

/** Results-Based Accountability: scorecards, the story behind the curve, the learning log, comparisons. */
export const LEARNING_OPERATIONS: readonly HttpOperation[] = [
  op.get('getScorecard', '/programmes/{programmeId}/scorecard', {
    summary:
      'The Results-Based Accountability scorecard: population indicators and performance measures with their curve, baseline, targets, direction of a good trend and turning the curve',
    query: scorecardQuerySchema,
    ...access(MEMBERS).answers(scorecardSchema, 404, 422),
  }),
  op.get('getIndicatorStory', '/programmes/{programmeId}/indicators/{code}/stories/{period}', {
    summary: 'The story behind the curve of one indicator and period, with its comments',
    ...access(MEMBERS).answers(storySchema, 404, 422),
  }),
  op.put('writeIndicatorStory', '/programmes/{programmeId}/indicators/{code}/stories/{period}', {
    summary: 'Write the story behind the curve: what explains it, partners, what works, the action plan',
    body: writeStorySchema,
    ...access(WRITERS).answers(storySchema, 404, 422),
  }),
  op.create(
    'commentIndicatorStory',
    '/programmes/{programmeId}/indicators/{code}/stories/{period}/comments',
    {
      summary: 'Comment on the story behind the curve',
      body: addStoryCommentSchema,
      ...access(WRITERS).answers(storyCommentSchema, 404, 422),
    },
  ),
  op.get('listLearningLog', '/programmes/{programmeId}/learning', {
    summary: "The programme's learning log, newest first, or the entries matching a Danish full-text search",
    query: learningQuerySchema,
    ...access(MEMBERS).answers(z.array(learningEntrySchema), 404),
  }),
  op.create('recordLearning', '/programmes/{programmeId}/learning', {
    summary: "Add an entry to the programme's learning log",
    body: recordLearningSchema,
    ...access(WRITERS).answers(learningEntrySchema, 404, 422),
  }),
  op.get('getValidationReport', '/programmes/{programmeId}/validation-report', {
    summary:
      "The programme's cross-indicator rules evaluated over every approved report of its history: each period and organisation where a rule does not hold, with both values",
    ...access(
      "For the programme's backbone coordinators and platform admins (it shows organisations' own figures); other members get 403, outsiders 404.",
    ).answers(validationReportSchema, 403, 404),
  }),
  op.get('compareIndicator', '/indicators/{code}/comparison', {
    summary:
      'One indicator code side by side across the programmes the caller’s foundation funds (platform admins: every programme tracking it), suppression kept',
    ...access('For foundation officers and platform admins; others get 403.').answers(
      indicatorComparisonSchema,
      403,
      404,
    ),
  }),
];
