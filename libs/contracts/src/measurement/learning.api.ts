import type { HttpOperation } from '../http/http-operation.js';
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
  {
    operationId: 'getScorecard',
    method: 'get',
    path: '/programmes/{programmeId}/scorecard',
    summary:
      'The Results-Based Accountability scorecard: population indicators and performance measures with their curve, baseline, targets, direction of a good trend and turning the curve',
    description: MEMBERS,
    query: scorecardQuerySchema,
    status: 200,
    response: scorecardSchema,
    errors: [404, 422],
  },
  {
    operationId: 'getIndicatorStory',
    method: 'get',
    path: '/programmes/{programmeId}/indicators/{code}/stories/{period}',
    summary: 'The story behind the curve of one indicator and period, with its comments',
    description: MEMBERS,
    status: 200,
    response: storySchema,
    errors: [404, 422],
  },
  {
    operationId: 'writeIndicatorStory',
    method: 'put',
    path: '/programmes/{programmeId}/indicators/{code}/stories/{period}',
    summary: 'Write the story behind the curve: what explains it, partners, what works, the action plan',
    description: WRITERS,
    body: writeStorySchema,
    status: 200,
    response: storySchema,
    errors: [404, 422],
  },
  {
    operationId: 'commentIndicatorStory',
    method: 'post',
    path: '/programmes/{programmeId}/indicators/{code}/stories/{period}/comments',
    summary: 'Comment on the story behind the curve',
    description: WRITERS,
    body: addStoryCommentSchema,
    status: 201,
    response: storyCommentSchema,
    errors: [404, 422],
  },
  {
    operationId: 'listLearningLog',
    method: 'get',
    path: '/programmes/{programmeId}/learning',
    summary: "The programme's learning log, newest first, or the entries matching a Danish full-text search",
    description: MEMBERS,
    query: learningQuerySchema,
    status: 200,
    response: z.array(learningEntrySchema),
    errors: [404],
  },
  {
    operationId: 'recordLearning',
    method: 'post',
    path: '/programmes/{programmeId}/learning',
    summary: "Add an entry to the programme's learning log",
    description: WRITERS,
    body: recordLearningSchema,
    status: 201,
    response: learningEntrySchema,
    errors: [404, 422],
  },
  {
    operationId: 'getValidationReport',
    method: 'get',
    path: '/programmes/{programmeId}/validation-report',
    summary:
      "The programme's cross-indicator rules evaluated over every approved report of its history: each period and organisation where a rule does not hold, with both values",
    description:
      "For the programme's backbone coordinators and platform admins (it shows organisations' own figures); other members get 403, outsiders 404.",
    status: 200,
    response: validationReportSchema,
    errors: [403, 404],
  },
  {
    operationId: 'compareIndicator',
    method: 'get',
    path: '/indicators/{code}/comparison',
    summary:
      'One indicator code side by side across the programmes the caller’s foundation funds (platform admins: every programme tracking it), suppression kept',
    description: 'For foundation officers and platform admins; others get 403.',
    status: 200,
    response: indicatorComparisonSchema,
    errors: [403, 404],
  },
];
