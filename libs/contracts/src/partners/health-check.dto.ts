import { z } from 'zod';
import { HEALTH_CHECK_CONDITIONS } from './health-check-items.js';
import { isoDateSchema } from './partners-schemas.js';

/**
 * The collective impact health check: rounds of an anonymous partner survey on the five
 * conditions (items in health-check-items.ts), results per condition once a closed round has the
 * minimum number of responses, and the backbone's follow-up actions per condition.
 */
export const healthCheckConditionSchema = z.enum(HEALTH_CHECK_CONDITIONS);

const text = (max: number) => z.string().trim().min(1).max(max);

export const HEALTH_CHECK_ROUND_STATUSES = ['scheduled', 'open', 'closed'] as const;

export const openHealthCheckRoundSchema = z
  .object({
    title: text(200),
    opensOn: isoDateSchema,
    closesOn: isoDateSchema,
    /** At least the service's HEALTH_CHECK_MIN_RESPONSES; by default that. */
    minResponses: z.number().int().min(1).max(1000).optional(),
  })
  .strict()
  .refine((value) => value.closesOn >= value.opensOn, {
    path: ['closesOn'],
    message: 'closes before it opens',
  });
export type OpenHealthCheckRound = z.infer<typeof openHealthCheckRoundSchema>;

export const healthCheckRoundSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  title: z.string(),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  status: z.enum(HEALTH_CHECK_ROUND_STATUSES),
  itemSetVersion: z.number().int().positive(),
  minResponses: z.number().int().positive(),
  responseCount: z.number().int().nonnegative(),
  /** Whether the caller has answered this round (never which answers are theirs). */
  answeredByMe: z.boolean(),
});
export type HealthCheckRoundDto = z.infer<typeof healthCheckRoundSchema>;

const bilingualSchema = z.object({ da: z.string(), en: z.string() });

/** A round's questionnaire: the items of its version, the scale, and whether the caller may answer. */
export const healthCheckQuestionnaireSchema = z.object({
  round: healthCheckRoundSchema,
  conditions: z.array(z.object({ condition: healthCheckConditionSchema, name: bilingualSchema })),
  scale: z.array(z.object({ value: z.number().int(), label: bilingualSchema })),
  items: z.array(z.object({ id: z.string(), condition: healthCheckConditionSchema, text: bilingualSchema })),
  canAnswer: z.boolean(),
});
export type HealthCheckQuestionnaireDto = z.infer<typeof healthCheckQuestionnaireSchema>;

/**
 * One person's answers: every item of the round's version, each 1 ("Helt uenig") to 5 ("Helt
 * enig"), or 0 ("Ved ikke", excluded from the means). Checked against the round's items by the service, which names every missing, unknown or
 * out-of-range item at `/answers/<itemId>`.
 */
export const answerHealthCheckSchema = z
  .object({ answers: z.record(z.string().min(1).max(40), z.unknown()) })
  .strict();
export type AnswerHealthCheck = z.infer<typeof answerHealthCheckSchema>;

export const healthCheckAnsweredSchema = z.object({ roundId: z.uuid(), responseCount: z.number().int() });

export const healthCheckConditionResultSchema = z.object({
  condition: healthCheckConditionSchema,
  /** Mean of every answer 1–5 to the condition's items ("Ved ikke" left out), two decimals; 0 when none. */
  mean: z.number(),
  /** How many answers to the condition's items were 1, 2, 3, 4 and 5. */
  distribution: z.array(z.number().int().nonnegative()).length(5),
  /** How many answers to the condition's items were "Ved ikke" / "Don't know" (0). */
  dontKnow: z.number().int().nonnegative(),
});

export const healthCheckRoundResultSchema = z.object({
  roundId: z.uuid(),
  title: z.string(),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  status: z.enum(HEALTH_CHECK_ROUND_STATUSES),
  responseCount: z.number().int().nonnegative(),
  minResponses: z.number().int().positive(),
  /** Why there are no figures: still open, or too few responses. Null when shown. */
  hidden: z.enum(['open', 'too-few-responses']).nullable(),
  conditions: z.array(healthCheckConditionResultSchema),
});
export type HealthCheckRoundResultDto = z.infer<typeof healthCheckRoundResultSchema>;

/** Every round of a programme, oldest first, with figures only where they may be shown. */
export const healthCheckResultsSchema = z.object({
  programmeId: z.uuid(),
  rounds: z.array(healthCheckRoundResultSchema),
});
export type HealthCheckResultsDto = z.infer<typeof healthCheckResultsSchema>;

export const recordHealthCheckActionSchema = z
  .object({
    condition: healthCheckConditionSchema,
    roundId: z.uuid().nullable().default(null),
    text: text(2000),
    ownerOrganisationId: z.uuid(),
    ownerName: text(200),
    dueDate: isoDateSchema,
  })
  .strict();
export type RecordHealthCheckAction = z.infer<typeof recordHealthCheckActionSchema>;

export const healthCheckActionSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  roundId: z.uuid().nullable(),
  condition: healthCheckConditionSchema,
  text: z.string(),
  ownerOrganisationId: z.uuid(),
  ownerOrganisationName: z.string(),
  ownerName: z.string(),
  dueDate: isoDateSchema,
  recordedAt: z.iso.datetime({ offset: true }),
});
export type HealthCheckActionDto = z.infer<typeof healthCheckActionSchema>;
