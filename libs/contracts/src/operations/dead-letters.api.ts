import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';

/** Why a consumer gave up on a message (the dead-letter topic's `dlt_reason` header). */
export const deadLetterReasonSchema = z.enum([
  'undecodable',
  'unknown-type',
  'contract-violation',
  // An event on a topic its type does not belong on, or from another service than its type's.
  'wrong-topic',
  'handler-failed',
]);

export const deadLetterSchema = z.object({
  id: z.uuid(),
  consumer: z.string(),
  /** Null when the message was not a readable CloudEvent. */
  eventId: z.uuid().nullable(),
  eventType: z.string().nullable(),
  topic: z.string(),
  partition: z.number().int(),
  offset: z.string(),
  reason: deadLetterReasonSchema,
  error: z.string(),
  attempts: z.number().int(),
  deadLetteredAt: z.iso.datetime({ offset: true }),
  replayedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Why the last replay failed, while the dead letter is not replayed. */
  replayError: z.string().nullable(),
  /** Set when an operator gave up on it (it can never apply, e.g. garbage bytes). */
  discardedAt: z.iso.datetime({ offset: true }).nullable(),
});

export type DeadLetter = z.infer<typeof deadLetterSchema>;

export const listDeadLettersQuerySchema = z.strictObject({
  /** `unreplayed`: neither replayed nor discarded (what the alert counts). */
  state: z.enum(['unreplayed', 'replayed', 'discarded', 'all']).default('unreplayed'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export type ListDeadLettersQuery = z.infer<typeof listDeadLettersQuerySchema>;

export const deadLetterListSchema = z.object({ items: z.array(deadLetterSchema) });

/**
 * `replayed`: the handler applied it now; `already-replayed`: an earlier replay did, nothing
 * changed; `duplicate`: the inbox shows it handled already (by a redelivery), nothing changed;
 * `skipped`: the consumer no longer handles this type.
 */
export const replayOutcomeSchema = z.enum(['replayed', 'already-replayed', 'duplicate', 'skipped']);

export const deadLetterReplaySchema = z.object({
  outcome: replayOutcomeSchema,
  deadLetter: deadLetterSchema,
});

export type DeadLetterReplay = z.infer<typeof deadLetterReplaySchema>;

/**
 * The dead-letter operations every service with an event consumer serves (from libs/messaging),
 * for platform admins. `name` makes the operation ids unique across the services.
 */
export function deadLetterOperations(name: string): HttpOperation[] {
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  return [
    op.get(`list${title}DeadLetters`, '/dead-letters', {
      summary: `Events the ${name} consumer gave up on, newest first (platform admins)`,
      query: listDeadLettersQuerySchema,
      ...access(
        'Each with its consumer, event id and type, the reason and error, and when. An alert: samvirke_consumer_dead_letters_unreplayed > 0.',
      ).answers(deadLetterListSchema),
    }),
    op.post(`replay${title}DeadLetter`, '/dead-letters/{deadLetterId}/replay', {
      summary: `Run a dead-lettered event through the ${name} consumer's handler again (platform admins)`,
      ...access(
        'Exactly once in effect: the handler, its inbox row and the replay mark commit together; replaying again changes nothing (`already-replayed`). When the handler fails again nothing is applied and the answer is 409 with its error; a discarded dead letter is not replayed (409).',
      ).answers(deadLetterReplaySchema, 404, 409),
    }),
    op.post(`discard${title}DeadLetter`, '/dead-letters/{deadLetterId}/discard', {
      summary: `Give up on a dead letter of the ${name} consumer that can never apply (platform admins)`,
      ...access(
        'For messages no replay can apply (garbage bytes, a type or contract no longer served): the dead letter stays listed as discarded and no longer counts as unreplayed. Idempotent; a replayed dead letter is not discarded (409).',
      ).answers(deadLetterSchema, 404, 409),
    }),
  ];
}
