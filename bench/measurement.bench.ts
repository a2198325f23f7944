/**
 * Measurement benchmark, against the compiled measurement service running as its own process on
 * the real PostgreSQL, Kafka and Keycloak:
 *
 * 1. Ingest: a municipal reporter uploads one Danish-Excel CSV of 100,000 values, submits it, and
 *    the backbone approves it (parse, validate, store, record events, update the progress
 *    projection), all through the HTTP API with real tokens — rows/s beside a plain PostgreSQL COPY
 *    of the same rows into a table of the same shape and indexes, in the same run.
 * 2. Dashboard: a programme holding 1,000,000 stored values (100 organisations × 10 quarters ×
 *    1,000 values); the values are inserted with SQL as submitted versions and each of the 1,000
 *    submissions is then approved through the API, so the progress projection is built by the
 *    service itself. A funder reads the progress dashboard repeatedly: p95 beside the service's
 *    own HTTP floor (GET /health/live) from the same client in the same run.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { MembershipRole } from '@samvirke/contracts';
import {
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  migrateService,
  pgClient,
  startEffectApp,
  startService,
  uniqueSuiteId,
  userToken,
  type EffectApp,
} from '@samvirke/testing';
import { percentile, report } from './bench-report.js';
import {
  Api,
  bulkSubmissionCsv,
  DASHBOARD_PERIODS,
  seedProgramme,
  trackIndicators,
} from './measurement-api.js';

const INGEST_VALUES = Number(process.env['BENCH_INGEST_VALUES'] ?? 100_000);
const INGEST_ROUNDS = Number(process.env['BENCH_INGEST_ROUNDS'] ?? 3);
const DASHBOARD_ORGANISATIONS = Number(process.env['BENCH_DASHBOARD_ORGANISATIONS'] ?? 100);
const DASHBOARD_READS = Number(process.env['BENCH_DASHBOARD_READS'] ?? 300);
/** 20 indicators × (a total + 49 disaggregated values) = 1,000 values per submission. */
const DASHBOARD_INDICATORS = Array.from(
  { length: 20 },
  (_, index) => `dash${String(index + 1).padStart(2, '0')}`,
);
/** Sensitive counts, a tenth of the organisations' totals small: every read suppresses (primary and complementary). */
const DASHBOARD_SMALL_SHARE = 0.1;
const DASHBOARD_SPLIT = Array.from({ length: 49 }, (_, index) => `v${String(index + 1).padStart(2, '0')}`);
async function ingest(api: Api, schema: string, partners: EffectApp) {
  const programmeId = randomUUID();
  await seedProgramme(partners, schema, programmeId, [
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
    [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
    [DEMO_ORGANISATIONS.kobenhavn.id, ['data-provider']],
  ]);
  const { csv, rows, indicators } = bulkSubmissionCsv(INGEST_VALUES);
  const codes = indicators.map((indicator) => indicator.code);
  const started = performance.now();
  await trackIndicators(api, programmeId, indicators);
  console.log(`ingest: ${codes.length} indicators set up in ${Math.round(performance.now() - started)} ms`);
  const period = await api.call<{ id: string }>('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
    frequency: 'quarterly',
    period: '2026-Q2',
    dueDate: '2026-07-31',
  });
  const path = `/programmes/${programmeId}/periods/${period.id}/submissions/${DEMO_ORGANISATIONS.kobenhavn.id}`;

  const db = pgClient('samvirke_measurement');
  await db.connect();
  try {
    const { rows: ids } = await db.query<{ code: string; id: string }>(
      `SELECT code, id FROM "${schema}".indicator WHERE code = ANY($1)`,
      [codes],
    );
    const idOf = new Map(ids.map((row) => [row.code, row.id]));
    const copyBaselineTable = `"${schema}".copy_baseline`;
    await db.query(`CREATE TABLE ${copyBaselineTable} (LIKE "${schema}".submission_value INCLUDING ALL)`);
    const pipelineRates: number[] = [];
    const copyRates: number[] = [];
    const stages: Record<string, number[]> = { upload: [], submit: [], approve: [] };
    for (let round = 0; round < INGEST_ROUNDS; round += 1) {
      // The pipeline: upload, submit, approve (a correction after approval is a new version).
      let at = performance.now();
      const begin = at;
      const lap = (stage: string) => {
        const now = performance.now();
        stages[stage].push(now - at);
        at = now;
      };
      // A client sending a large file has its values: it asks for answers without them.
      const minimal = { prefer: 'return=minimal' };
      const saved = await api.call<{ valueCount: number }>(
        'reporterKobenhavn',
        'PUT',
        `${path}/csv`,
        csv,
        [200],
        minimal,
      );
      lap('upload');
      await api.call('reporterKobenhavn', 'POST', `${path}/submit`, undefined, [200], minimal);
      lap('submit');
      const approved = await api.call<{ valueCount: number; status: string }>(
        'coordinator',
        'POST',
        `${path}/approve`,
        undefined,
        [200],
        minimal,
      );
      lap('approve');
      pipelineRates.push((rows.length / (performance.now() - begin)) * 1_000);
      if (
        saved.valueCount !== rows.length ||
        approved.valueCount !== rows.length ||
        approved.status !== 'approved'
      )
        throw new Error(`the service kept ${saved.valueCount} of ${rows.length} values`);

      // The baseline: COPY of the same rows into a table of the same shape and indexes.
      const submissionId = randomUUID();
      const copyText =
        rows
          .map(([code, split, value]) => `${submissionId}\t${idOf.get(code)}\t${split}\t${value}`)
          .join('\n') + '\n';
      await db.query(`TRUNCATE ${copyBaselineTable}`);
      const copyStarted = performance.now();
      await db.query('BEGIN');
      await pipeline(
        Readable.from([copyText]),
        db.query(
          copyFrom(
            `COPY ${copyBaselineTable} (submission_id, indicator_id, disaggregation, value) FROM STDIN`,
          ),
        ),
      );
      await db.query('COMMIT');
      copyRates.push((rows.length / (performance.now() - copyStarted)) * 1_000);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `ingest rounds (rows/s): pipeline ${pipelineRates.map(Math.round).join(', ')}; COPY ${copyRates.map(Math.round).join(', ')}`,
    );
    console.log(
      `ingest stages (ms): ${Object.entries(stages)
        .map(([stage, times]) => `${stage} ${times.map(Math.round).join('/')}`)
        .join('; ')}`,
    );
    return {
      pipeline: median(pipelineRates),
      copy: median(copyRates),
      stages: Object.fromEntries(Object.entries(stages).map(([stage, times]) => [stage, median(times)])),
    };
  } finally {
    await db.end();
  }
}

async function dashboard(api: Api, url: string, schema: string, partners: EffectApp) {
  const programmeId = randomUUID();
  const organisations = Array.from({ length: DASHBOARD_ORGANISATIONS }, () => randomUUID());
  await seedProgramme(partners, schema, programmeId, [
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
    [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
    ...organisations.map((id): [string, MembershipRole[]] => [id, ['data-provider']]),
  ]);
  await trackIndicators(
    api,
    programmeId,
    DASHBOARD_INDICATORS.map((code) => ({
      code,
      disaggregations: [{ code: 'd1', name: 'Fordeling', values: DASHBOARD_SPLIT }],
      sensitive: true,
    })),
  );
  const periods: { id: string; period: string }[] = [];
  for (const period of DASHBOARD_PERIODS) {
    periods.push(
      await api.call<{ id: string; period: string }>(
        'coordinator',
        'POST',
        `/programmes/${programmeId}/periods`,
        {
          frequency: 'quarterly',
          period,
          dueDate: '2027-01-31',
        },
      ),
    );
  }
  const db = pgClient('samvirke_measurement');
  await db.connect();
  let stored = 0;
  try {
    const seeded = performance.now();
    for (const period of periods) {
      await db.query('BEGIN');
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO "${schema}".submission (id, programme_id, period_id, organisation_id, version, status, saved_by, submitted_at)
         SELECT gen_random_uuid(), $1, $2, organisation, 1, 'submitted', 'benchmark', now() FROM unnest($3::uuid[]) organisation
         RETURNING id`,
        [programmeId, period.id, organisations],
      );
      const inserted = await db.query(
        `INSERT INTO "${schema}".submission_value (submission_id, indicator_id, disaggregation, value)
         SELECT s.id, i.id, CASE WHEN g = 0 THEN '' ELSE 'd1=v' || lpad(g::text, 2, '0') END,
                CASE WHEN g > 0 THEN (random() * 40)::int
                     WHEN random() < $3 THEN 1 + (random() * 3)::int
                     ELSE 1000 + (random() * 1000)::int END
           FROM unnest($1::uuid[]) AS s(id)
          CROSS JOIN "${schema}".indicator i
          CROSS JOIN generate_series(0, 49) g
          WHERE i.code = ANY($2)`,
        [rows.map((row) => row.id), DASHBOARD_INDICATORS, DASHBOARD_SMALL_SHARE],
      );
      stored += inserted.rowCount ?? 0;
      await db.query('COMMIT');
    }
    console.log(`dashboard: ${stored} values stored in ${Math.round(performance.now() - seeded)} ms`);
    const approving = performance.now();
    for (const period of periods)
      for (const organisation of organisations)
        await api.call(
          'coordinator',
          'POST',
          `/programmes/${programmeId}/periods/${period.id}/submissions/${organisation}/approve`,
        );
    console.log(
      `dashboard: ${periods.length * organisations.length} approvals through the API in ${Math.round(performance.now() - approving)} ms`,
    );
  } finally {
    await db.end();
  }

  const token = await userToken(DEMO_USERS.helsefonden.username);
  const timed = async (path: string): Promise<{ ms: number; body: unknown }> => {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body: unknown = await response.json();
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(body)}`);
    return { ms: performance.now() - started, body };
  };
  const last = DASHBOARD_PERIODS[DASHBOARD_PERIODS.length - 1];
  const first = (await timed(`/programmes/${programmeId}/progress?period=${last}`)).body as {
    indicators: { contributors: number; trend: string | null }[];
  };
  if (
    first.indicators.length !== DASHBOARD_INDICATORS.length ||
    first.indicators.some((i) => i.contributors !== DASHBOARD_ORGANISATIONS)
  )
    throw new Error(`unexpected dashboard: ${JSON.stringify(first).slice(0, 500)}`);
  const reads: number[] = [];
  const floor: number[] = [];
  for (let index = 0; index < DASHBOARD_READS + 20; index += 1) {
    const period = DASHBOARD_PERIODS[index % DASHBOARD_PERIODS.length];
    const read = await timed(`/programmes/${programmeId}/progress?period=${period}`);
    const health = await timed('/health/live');
    if (index >= 20) {
      reads.push(read.ms);
      floor.push(health.ms);
    }
  }
  reads.sort((a, b) => a - b);
  floor.sort((a, b) => a - b);
  return { stored, reads, floor };
}

async function main(): Promise<void> {
  const suite = uniqueSuiteId('bench_measurement');
  const env = {
    ...process.env,
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_INTERVAL_MS: '200',
    // e.g. BENCH_SERVICE_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/profiles' to profile the service.
    ...(process.env['BENCH_SERVICE_NODE_OPTIONS']
      ? { NODE_OPTIONS: process.env['BENCH_SERVICE_NODE_OPTIONS'] }
      : {}),
  };
  await migrateService('measurement', env);
  const service = await startService('measurement', 'MEASUREMENT_PORT', env);
  const partners = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });
  try {
    const api = new Api(service.url);
    const ingested = await ingest(api, suite, partners);
    const read = await dashboard(api, service.url, suite, partners);
    report(
      'measurement',
      `CSV ingest of ${INGEST_VALUES.toLocaleString('en')} values through the API (upload, submit, approve with Prefer: return=minimal; median of ${INGEST_ROUNDS}) beside a PostgreSQL COPY of the same rows; ` +
        `progress dashboard read by a funder over ${read.stored.toLocaleString('en')} stored values, a tenth of the totals small counts to suppress (${DASHBOARD_READS} reads), beside the service's GET /health/live`,
      [
        {
          name: 'CSV ingest',
          unit: 'rows/s',
          value: ingested.pipeline,
          baseline: ingested.copy,
          target: '>= 20000',
        },
        {
          name: 'CSV ingest share of COPY',
          unit: '%',
          value: (ingested.pipeline / ingested.copy) * 100,
          target: '>= 25',
        },
        { name: 'ingest stage: upload + validate + store', unit: 'ms', value: ingested.stages['upload'] },
        { name: 'ingest stage: submit', unit: 'ms', value: ingested.stages['submit'] },
        { name: 'ingest stage: approve + progress', unit: 'ms', value: ingested.stages['approve'] },
        {
          name: 'dashboard read p50',
          unit: 'ms',
          value: percentile(read.reads, 50),
          baseline: percentile(read.floor, 50),
        },
        {
          name: 'dashboard read p95',
          unit: 'ms',
          value: percentile(read.reads, 95),
          baseline: percentile(read.floor, 95),
          target: '<= 50',
        },
        {
          name: 'dashboard read p99',
          unit: 'ms',
          value: percentile(read.reads, 99),
          baseline: percentile(read.floor, 99),
        },
      ],
    );
  } finally {
    await partners.close();
    await service.stop();
    await dropSchema(suite, ['samvirke_measurement', 'samvirke_partners']);
  }
}

await main();
