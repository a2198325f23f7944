import type {
  NotificationCategory,
  NotificationLanguage,
  WEBHOOK_FAILURE_REASONS,
} from '@samvirke/contracts';

export type FailureReason = (typeof WEBHOOK_FAILURE_REASONS)[number];

/** How one attempt to send went. */
export interface Outcome {
  readonly ok: boolean;
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly durationMs: number;
  /** Give up now, whatever the schedule says. */
  readonly deadReason?: FailureReason;
}

/** What becomes of a delivery after an attempt. */
export type NextStep =
  | { readonly status: 'delivered' }
  | { readonly status: 'retry'; readonly delayMs: number }
  | { readonly status: 'dead'; readonly reason: FailureReason };

/**
 * The wait before attempt `attempt + 1`, after `attempt` failed attempts: the schedule's entry with
 * jitter, so that many deliveries failing together do not retry together. Undefined when the
 * schedule is used up (the delivery is dead-lettered).
 */
export function nextDelayMs(
  schedule: readonly number[],
  attempt: number,
  jitter: number,
  random: () => number = Math.random,
): number | undefined {
  const base = schedule[attempt - 1];
  if (base === undefined) return undefined;
  const factor = 1 - jitter + 2 * jitter * random();
  return Math.max(0, Math.round(base * factor));
}

/** Delivered, tried again by the schedule, or dead (at once when the outcome says so). */
export function nextStep(
  outcome: Outcome,
  attempts: number,
  schedule: readonly number[],
  jitter: number,
  random: () => number = Math.random,
): NextStep {
  if (outcome.ok) return { status: 'delivered' };
  const delayMs = outcome.deadReason ? undefined : nextDelayMs(schedule, attempts, jitter, random);
  if (delayMs !== undefined) return { status: 'retry', delayMs };
  return { status: 'dead', reason: outcome.deadReason ?? 'attempts-exhausted' };
}

/** A webhook receiver's answer as an outcome: 410 Gone gives up on the endpoint at once. */
export function webhookOutcome(
  result: { ok: boolean; statusCode: number | null; error: string | null },
  durationMs: number,
): Outcome {
  return {
    ...result,
    durationMs,
    ...(result.statusCode === 410 ? { deadReason: 'endpoint-gone' as const } : {}),
  };
}

/** How long a claimed delivery stays the claimer's: longer than one webhook may take, with room. */
export function leaseSeconds(webhookTimeoutMs: number): number {
  return Math.ceil(webhookTimeoutMs / 1000) + 30;
}

/**
 * The day whose digest is due at `now`: today in Copenhagen once `digestHour` has passed there,
 * else undefined.
 */
export function dueDigestDay(now: Date, digestHour: number): string | undefined {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string): string => parts.find((entry) => entry.type === type)?.value ?? '';
  if (Number(part('hour')) < digestHour) return undefined;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The ISO weekday (1 Monday … 7 Sunday) of a calendar day written YYYY-MM-DD. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export interface HeldEmail {
  readonly id: string;
  readonly recipient: string;
  readonly language: NotificationLanguage | null;
  readonly subject: string;
  readonly category?: NotificationCategory | null;
  /** The digest schedules of the users with the address: 0 daily, 1–7 weekly on that ISO weekday. */
  readonly schedules?: readonly number[];
}

/**
 * The held e-mails whose digest is due on this weekday: the address's digest is daily when nobody
 * with it chose weekly (a contact without a login) or anyone chose daily, else weekly on the
 * weekdays they chose. The others stay held for their day, so each is in exactly one digest.
 */
export function dueHeldEmails(held: readonly HeldEmail[], weekday: number): HeldEmail[] {
  return held.filter((row) => {
    const schedules = row.schedules ?? [];
    return schedules.length === 0 || schedules.includes(0) || schedules.includes(weekday);
  });
}

export interface DigestBundle {
  readonly recipient: string;
  readonly language: NotificationLanguage;
  readonly heldIds: readonly string[];
  /** The categories of the bundled e-mails: the digest's unsubscribe link turns these off. */
  readonly categories: readonly NotificationCategory[];
  /** The digest template's variables. */
  readonly variables: { readonly count: string; readonly items: string };
}

/** The held e-mails as one digest per recipient, in the language of their latest e-mail. */
export function digestBundles(held: readonly HeldEmail[]): DigestBundle[] {
  const byRecipient = new Map<string, HeldEmail[]>();
  for (const row of held) byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row]);
  return [...byRecipient].map(([recipient, rows]) => ({
    recipient,
    language: rows[rows.length - 1]?.language ?? 'da',
    heldIds: rows.map((row) => row.id),
    categories: [...new Set(rows.flatMap((row) => (row.category ? [row.category] : [])))].sort(),
    variables: { count: String(rows.length), items: rows.map((row) => `- ${row.subject}`).join('\n') },
  }));
}
