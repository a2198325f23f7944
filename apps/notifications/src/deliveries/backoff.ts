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
