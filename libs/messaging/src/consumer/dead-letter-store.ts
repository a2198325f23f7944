import type { KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import type { DeadLetter, ListDeadLettersQuery } from '@samvirke/contracts';
import { headerString } from '../cloud-event-codec.js';
import { consumerDeadLettersUnreplayed } from '../metrics.js';
import type { DeadLetterDetails } from './dead-letter.js';

type Queryable = Pick<EntityManager, 'query'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A consumer_dead_letter row as read back. */
export interface DeadLetterRow {
  id: string;
  consumer: string;
  event_id: string | null;
  event_type: string | null;
  topic: string;
  kafka_partition: number;
  kafka_offset: string;
  message_key: Buffer | null;
  headers: Record<string, string>;
  value: Buffer | null;
  reason: DeadLetter['reason'];
  error: string;
  attempts: number;
  dead_lettered_at: Date;
  replayed_at: Date | null;
  replay_error: string | null;
  discarded_at: Date | null;
}

const COLUMNS = `id, consumer, event_id, event_type, topic, kafka_partition, kafka_offset, message_key,
  headers, value, reason, error, attempts, dead_lettered_at, replayed_at, replay_error, discarded_at`;

/**
 * Keeps a dead-lettered message in the consumer's database, in the transaction that gives up on
 * it, with what a replay needs: its key, headers and value as they came from Kafka.
 */
export async function storeDeadLetter(
  manager: Queryable,
  message: KafkaMessage,
  details: DeadLetterDetails,
): Promise<void> {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(message.headers ?? {})) {
    const value = headerString(message.headers, name);
    if (value !== undefined) headers[name] = value;
  }
  const eventId = headerString(message.headers, 'ce_id');
  await manager.query(
    `INSERT INTO consumer_dead_letter (consumer, event_id, event_type, topic, kafka_partition,
       kafka_offset, message_key, headers, value, reason, error, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      details.consumer,
      eventId && UUID.test(eventId) ? eventId : null,
      headerString(message.headers, 'ce_type') ?? null,
      details.topic,
      details.partition,
      message.offset,
      message.key,
      JSON.stringify(headers),
      message.value,
      details.reason,
      details.error.slice(0, 4_000),
      details.attempts,
    ],
  );
}

/** The message as the consumer first read it, for a replay. */
export function storedMessage(row: DeadLetterRow): KafkaMessage {
  return {
    key: row.message_key,
    value: row.value,
    headers: Object.fromEntries(
      Object.entries(row.headers).map(([name, value]) => [name, Buffer.from(value)]),
    ),
    offset: row.kafka_offset,
    timestamp: String(row.dead_lettered_at.getTime()),
    attributes: 0,
  };
}

export function toDeadLetter(row: DeadLetterRow): DeadLetter {
  return {
    id: row.id,
    consumer: row.consumer,
    eventId: row.event_id,
    eventType: row.event_type,
    topic: row.topic,
    partition: row.kafka_partition,
    offset: row.kafka_offset,
    reason: row.reason,
    error: row.error,
    attempts: row.attempts,
    deadLetteredAt: row.dead_lettered_at.toISOString(),
    replayedAt: row.replayed_at?.toISOString() ?? null,
    replayError: row.replay_error,
    discardedAt: row.discarded_at?.toISOString() ?? null,
  };
}

export async function findDeadLetter(
  manager: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DeadLetterRow | undefined> {
  const rows: DeadLetterRow[] = await manager.query(
    `SELECT ${COLUMNS} FROM consumer_dead_letter WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0];
}

/** Every consumer's dead letters in this database, newest first. */
export async function listDeadLetters(
  dataSource: Pick<DataSource, 'query'>,
  query: ListDeadLettersQuery,
): Promise<DeadLetter[]> {
  const where = {
    unreplayed: 'WHERE replayed_at IS NULL AND discarded_at IS NULL',
    replayed: 'WHERE replayed_at IS NOT NULL',
    discarded: 'WHERE discarded_at IS NOT NULL',
    all: '',
  }[query.state];
  const rows: DeadLetterRow[] = await dataSource.query(
    `SELECT ${COLUMNS} FROM consumer_dead_letter ${where} ORDER BY dead_lettered_at DESC, id LIMIT $1`,
    [query.limit],
  );
  return rows.map(toDeadLetter);
}

/**
 * Marks an open dead letter discarded; returns it as it is afterwards (unchanged when it was
 * discarded already), undefined when there is none.
 */
export async function discardDeadLetter(
  dataSource: Pick<DataSource, 'query'>,
  id: string,
): Promise<DeadLetterRow | undefined> {
  await dataSource.query(
    `UPDATE consumer_dead_letter SET discarded_at = now()
      WHERE id = $1 AND replayed_at IS NULL AND discarded_at IS NULL`,
    [id],
  );
  return findDeadLetter(dataSource, id);
}

/** Sets the gauge of a consumer's dead letters not replayed yet, per original topic. */
export async function countUnreplayed(
  dataSource: Pick<DataSource, 'query'>,
  consumer: string,
): Promise<void> {
  const rows: { topic: string; count: string }[] = await dataSource.query(
    `SELECT topic, count(*)::text AS count FROM consumer_dead_letter
      WHERE consumer = $1 AND replayed_at IS NULL AND discarded_at IS NULL GROUP BY topic`,
    [consumer],
  );
  // A topic whose dead letters were all replayed goes back to 0 rather than keep its last value.
  const topics = gaugedTopics.get(consumer) ?? new Set<string>();
  gaugedTopics.set(consumer, topics);
  for (const topic of topics) consumerDeadLettersUnreplayed.set({ consumer, topic }, 0);
  for (const row of rows) {
    topics.add(row.topic);
    consumerDeadLettersUnreplayed.set({ consumer, topic: row.topic }, Number(row.count));
  }
}

const gaugedTopics = new Map<string, Set<string>>();

/** Marks a dead letter replayed; returns when. */
export async function markReplayed(manager: Pick<EntityManager, 'query'>, id: string): Promise<Date> {
  const [[marked]] = await manager.query<[[{ replayed_at: Date }]]>(
    `UPDATE consumer_dead_letter SET replayed_at = now(), replay_error = NULL WHERE id = $1 RETURNING replayed_at`,
    [id],
  );
  return marked.replayed_at;
}

/** Keeps why the last replay failed, beside the dead letter. */
export async function recordReplayError(
  dataSource: Pick<DataSource, 'query'>,
  id: string,
  error: string,
): Promise<void> {
  await dataSource.query(`UPDATE consumer_dead_letter SET replay_error = $2 WHERE id = $1`, [
    id,
    error.slice(0, 4_000),
  ]);
}
