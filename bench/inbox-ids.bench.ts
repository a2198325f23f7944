/**
 * Inbox benchmark: what the shape of event ids costs a consumer whose inbox has grown. Two inboxes
 * of the same size (made by the messaging migrations, filled with earlier events), one keyed by
 * random UUIDs (version 4, the baseline; what the outbox made before) and one by time-ordered UUIDs
 * (version 7, what it makes now). Each round starts at a checkpoint and records events in
 * transactions of 100 with the consumer's own inbox statement; rounds alternate between the two.
 * Reported: WAL written and PostgreSQL CPU per event, and events/s, medians of the rounds.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { eventId, messagingEntities, messagingMigrations, recordHandled } from '@samvirke/messaging';
import { createDataSource, databaseConfigFromEnv, migrate } from '@samvirke/persistence';
import { dropSchema, pgClient, uniqueSuiteId } from '@samvirke/testing';
import { report } from './bench-report.js';
import { cpuMeter, POSTGRES } from './process-cpu.js';

const DATABASE = 'samvirke_partners';
const EARLIER = Number(process.env['BENCH_INBOX_ROWS'] ?? 3_000_000);
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const PER_TRANSACTION = 100;
const CONSUMER = 'bench';
const TYPE = 'dk.samvirke.partners.organisation.registered.v1';

/** SQL for the id of earlier event number `g`: random, or made at its time over the last 30 days. */
const EARLIER_ID = {
  random: `gen_random_uuid()`,
  ordered: `(lpad(to_hex((extract(epoch FROM now()) * 1000)::bigint - 2592000000 + g * 2592000000 / ${EARLIER}), 12, '0')
      || '7' || substr(md5(g::text), 1, 3) || '8' || substr(md5(g::text), 4, 15))::uuid`,
} as const;

type Kind = keyof typeof EARLIER_ID;

interface Round {
  readonly walBytes: number;
  readonly postgresMicros: number;
  readonly eventsPerSecond: number;
}

async function inbox(kind: Kind) {
  const schema = uniqueSuiteId(`bench_inbox_${kind}`);
  const dataSource = createDataSource({
    config: { ...databaseConfigFromEnv(DATABASE), schema },
    entities: [...messagingEntities],
    migrations: [...messagingMigrations],
  });
  await migrate(dataSource);
  await dataSource.query(
    `INSERT INTO inbox_message (consumer, event_id, event_type, outcome)
     SELECT $1, ${EARLIER_ID[kind]}, $2, 'handled' FROM generate_series(1, ${EARLIER}) AS g`,
    [CONSUMER, TYPE],
  );
  const newId = kind === 'random' ? () => randomUUID() : () => eventId();
  return {
    async round(admin: ReturnType<typeof pgClient>): Promise<Round> {
      await admin.query('CHECKPOINT');
      const wal = async (): Promise<string> =>
        (await admin.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0].lsn;
      const walBefore = await wal();
      const postgres = cpuMeter(POSTGRES);
      const started = performance.now();
      for (let done = 0; done < EVENTS; done += PER_TRANSACTION) {
        const events = Array.from({ length: PER_TRANSACTION }, () => ({ id: newId(), type: TYPE }));
        await dataSource.transaction((manager) => recordHandled(manager, CONSUMER, events));
      }
      const seconds = (performance.now() - started) / 1_000;
      const { rows } = await admin.query<{ bytes: string }>(
        'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::text AS bytes',
        [walBefore],
      );
      return {
        walBytes: Number(rows[0].bytes) / EVENTS,
        postgresMicros: (postgres() * 1e6) / EVENTS,
        eventsPerSecond: EVENTS / seconds,
      };
    },
    async close(): Promise<void> {
      await dataSource.destroy();
      await dropSchema(schema, [DATABASE]);
    },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const admin = pgClient(DATABASE);
await admin.connect();
const random = await inbox('random');
const ordered = await inbox('ordered');
const rounds: Record<Kind, Round[]> = { random: [], ordered: [] };
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.random.push(await random.round(admin));
    rounds.ordered.push(await ordered.round(admin));
  }
} finally {
  await Promise.allSettled([random.close(), ordered.close()]);
  await admin.end();
}

const figure = (name: string, unit: string, part: keyof Round) => ({
  name,
  unit,
  value: median(rounds.ordered.map((round) => round[part])),
  baseline: median(rounds.random.map((round) => round[part])),
});
report(
  'inbox-ids',
  `inbox holding ${EARLIER.toLocaleString('en')} earlier events; ${ROUNDS} rounds of ${EVENTS.toLocaleString('en')} events each way, from a checkpoint, in transactions of ${PER_TRANSACTION}; value: time-ordered ids (UUIDv7), baseline: random ids (UUIDv4); medians of the rounds`,
  [
    figure('WAL written per event', 'bytes', 'walBytes'),
    figure('PostgreSQL CPU per event', 'µs', 'postgresMicros'),
    figure('events recorded per second', 'events/s', 'eventsPerSecond'),
  ],
);
process.exit(0);
