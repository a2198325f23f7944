/**
 * Analytics benchmark, against the compiled measurement service running as its own process on the
 * real PostgreSQL, Kafka and Keycloak.
 *
 * 10 million approved values are generated with SQL (generate_series) straight into the progress
 * projection the endpoint reads: 128 programmes × 20 indicators × 98 municipalities × 40 quarters,
 * each municipality placed in its region. The programme read holds 78,400 of them, half its
 * indicators sensitive counts with a tenth of the values small (every read suppresses, primary and
 * complementary), each value split by køn in submission_value. A funder asks the endpoint for a
 * year by region, and by region and køn: p95 beside the plain SQL GROUP BY of the same slice from
 * the benchmark's own connection, and the service's GET /health/live, from the same client in the
 * same run.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DK_MUNICIPALITIES } from '@samvirke/contracts';
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
} from '@samvirke/testing';
import { percentile, report } from './bench-report.js';
import { Api, seedProgramme, trackIndicators } from './measurement-api.js';

const PROGRAMMES = Number(process.env['BENCH_ANALYTICS_PROGRAMMES'] ?? 128);
const READS = Number(process.env['BENCH_ANALYTICS_READS'] ?? 100);
const INDICATORS = Array.from({ length: 20 }, (_, index) => `ana${String(index + 1).padStart(2, '0')}`);
const QUARTERS = Array.from(
  { length: 40 },
  (_, index) => `${2017 + Math.floor(index / 4)}-Q${(index % 4) + 1}`,
);
const KOEN = ['kvinde', 'mand', 'andet'];
const FROM = '2026-Q1';
const TO = '2026-Q4';

type Db = ReturnType<typeof pgClient>;

/** 98 municipalities, where they are, and the directory rows the reads name them by. */
async function placeMunicipalities(db: Db): Promise<string[]> {
  const ids = DK_MUNICIPALITIES.map(() => randomUUID());
  await db.query(
    `INSERT INTO known_organisation (id, name, type, archived, registered_at, last_event_id)
     SELECT id, name, 'municipality', false, now(), gen_random_uuid() FROM unnest($1::uuid[], $2::text[]) AS m(id, name)`,
    [ids, DK_MUNICIPALITIES.map((municipality) => municipality.officialName)],
  );
  await db.query(
    `INSERT INTO organisation_place (organisation_id, kommunekode, region_code)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
    [
      ids,
      DK_MUNICIPALITIES.map((municipality) => municipality.code),
      DK_MUNICIPALITIES.map((municipality) => municipality.regionCode),
    ],
  );
  return ids;
}

/**
 * The values: the read programme's first (with approved submissions and their køn split), then the
 * other programmes' in one statement. The audit trail records row by row what the service writes;
 * these rows are generated, so its trigger is off while they go in.
 */
async function generateValues(db: Db, programmeId: string, organisations: string[]): Promise<number> {
  const { rows } = await db.query<{ id: string; code: string }>(
    `SELECT id, code FROM indicator WHERE code = ANY($1)`,
    [INDICATORS],
  );
  const ids = rows.sort((a, b) => a.code.localeCompare(b.code)).map((row) => row.id);
  await db.query(`ALTER TABLE progress_value DISABLE TRIGGER audit_record`);
  try {
    // One approved submission per municipality and quarter of the read programme.
    await db.query(
      `CREATE TEMP TABLE bench_submission AS
       SELECT gen_random_uuid() AS id, o AS organisation_id, q AS period
         FROM unnest($1::uuid[]) o CROSS JOIN unnest($2::text[]) q`,
      [organisations, QUARTERS],
    );
    await db.query(
      `INSERT INTO progress_value (programme_id, indicator_id, period, organisation_id, value, submission_id)
       SELECT $1, i, s.period, s.organisation_id,
              CASE WHEN array_position($2::uuid[], i) <= 10 AND random() < 0.1 THEN 1 + (random() * 3)::int
                   ELSE 30 + (random() * 970)::int END,
              s.id
         FROM bench_submission s CROSS JOIN unnest($2::uuid[]) i`,
      [programmeId, ids],
    );
    // Køn: kvinde and mand share the total, andet nothing (as most reports have it).
    await db.query(
      `INSERT INTO submission_value (submission_id, indicator_id, disaggregation, value)
       SELECT pv.submission_id, pv.indicator_id, 'koen=' || k, CASE k WHEN 'kvinde' THEN floor(pv.value / 2)
                                                                 WHEN 'mand' THEN pv.value - floor(pv.value / 2) ELSE 0 END
         FROM progress_value pv CROSS JOIN unnest($2::text[]) k WHERE pv.programme_id = $1`,
      [programmeId, KOEN],
    );
    await db.query(
      `INSERT INTO progress_aggregate (programme_id, indicator_id, period, value, contributors)
       SELECT programme_id, indicator_id, period, sum(value), count(*) FROM progress_value
        WHERE programme_id = $1 GROUP BY programme_id, indicator_id, period`,
      [programmeId],
    );
    const started = performance.now();
    await db.query(
      `INSERT INTO progress_value (programme_id, indicator_id, period, organisation_id, value, submission_id)
       SELECT p, i, q, o, 30 + (random() * 970)::int, p
         FROM (SELECT gen_random_uuid() AS p FROM generate_series(1, $1::int)) programmes
        CROSS JOIN unnest($2::uuid[]) i CROSS JOIN unnest($3::text[]) q CROSS JOIN unnest($4::uuid[]) o`,
      [PROGRAMMES - 1, ids, QUARTERS, organisations],
    );
    console.log(
      `analytics: other programmes' values generated in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await db.query(`ALTER TABLE progress_value ENABLE TRIGGER audit_record`);
  }
  await db.query(`ANALYZE progress_value`);
  await db.query(`ANALYZE submission_value`);
  const { rows: counted } = await db.query<{ count: string }>(
    `SELECT count(*)::text AS count FROM progress_value`,
  );
  return Number(counted[0]?.count ?? 0);
}

/** The same slice as the endpoint's by-region read, grouped in SQL: the floor of any answer. */
const GROUP_BY = `
  SELECT pv.indicator_id, pv.period, p.region_code, sum(pv.value) AS value, count(*) AS contributors
    FROM progress_value pv LEFT JOIN organisation_place p ON p.organisation_id = pv.organisation_id
   WHERE pv.programme_id = $1 AND pv.period >= $2 AND left(pv.period, length($3)) <= $3
   GROUP BY 1, 2, 3`;

async function main(): Promise<void> {
  const suite = uniqueSuiteId('bench_analytics');
  const env = { ...process.env, DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, LOG_LEVEL: 'warn' };
  await migrateService('measurement', env);
  const service = await startService('measurement', 'MEASUREMENT_PORT', env);
  const partners = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });
  const db = pgClient('samvirke_measurement');
  await db.connect();
  try {
    // Unqualified names, and the audit trail's functions, are found in the service's schema.
    await db.query(`SET search_path TO "${suite}", public`);
    const api = new Api(service.url);
    const programmeId = randomUUID();
    await seedProgramme(partners, suite, programmeId, [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
    ]);
    await trackIndicators(
      api,
      programmeId,
      INDICATORS.map((code, index) => ({
        code,
        disaggregations: [{ code: 'koen', name: 'Køn', values: KOEN }],
        sensitive: index < 10,
      })),
    );
    const organisations = await placeMunicipalities(db);
    const seeding = performance.now();
    const stored = await generateValues(db, programmeId, organisations);
    console.log(`analytics: ${stored} approved values in ${Math.round(performance.now() - seeding)} ms`);
    const explain = async (sql: string, parameters: unknown[]) => {
      const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
      console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
    };
    // The endpoint's own read of the values (analytics.store.ts), and the baseline's.
    await explain(
      `SELECT pv.indicator_id, pv.period, pv.organisation_id, pv.value, p.region_code
         FROM progress_value pv LEFT JOIN organisation_place p ON p.organisation_id = pv.organisation_id
        WHERE pv.programme_id = $1 AND pv.indicator_id = ANY(SELECT id FROM indicator WHERE code = ANY($4))
          AND pv.period >= $2 AND left(pv.period, length($3)) <= $3`,
      [programmeId, FROM, TO, INDICATORS],
    );
    await explain(GROUP_BY, [programmeId, FROM, TO]);

    let token = { value: '', at: Number.NEGATIVE_INFINITY };
    const timed = async (path: string): Promise<{ ms: number; body: unknown }> => {
      // A fresh token every minute (the reads outlast one), outside the timing.
      if (performance.now() - token.at > 60_000)
        token = { value: await userToken(DEMO_USERS.helsefonden.username), at: performance.now() };
      const started = performance.now();
      const response = await fetch(`${service.url}${path}`, {
        headers: { authorization: `Bearer ${token.value}` },
      });
      const body: unknown = await response.json();
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(body)}`);
      return { ms: performance.now() - started, body };
    };
    const byRegion = `/programmes/${programmeId}/analytics?by=region&from=${FROM}&to=${TO}`;
    const byRegionAndKoen = `${byRegion.replace('by=region', 'by=region,disaggregation')}`;
    const first = (await timed(byRegion)).body as { rows: { value: unknown }[] };
    const expected = INDICATORS.length * 4 * 5;
    if (first.rows.length !== expected)
      throw new Error(`expected ${expected} rows by region, got ${first.rows.length}`);
    console.log(
      `analytics: ${first.rows.filter((row) => typeof row.value !== 'number').length} of ${first.rows.length} region figures held back`,
    );
    const region: number[] = [];
    const koen: number[] = [];
    const sql: number[] = [];
    const floor: number[] = [];
    for (let index = 0; index < READS + 20; index += 1) {
      const read = await timed(byRegion);
      const split = await timed(byRegionAndKoen);
      const started = performance.now();
      await db.query(GROUP_BY, [programmeId, FROM, TO]);
      const grouped = performance.now() - started;
      const health = await timed('/health/live');
      if (index >= 20) {
        region.push(read.ms);
        koen.push(split.ms);
        sql.push(grouped);
        floor.push(health.ms);
      }
    }
    for (const figures of [region, koen, sql, floor]) figures.sort((a, b) => a - b);
    report(
      'analytics',
      `analytics endpoint over ${stored.toLocaleString('en')} approved values (a funder, one year of one programme's 20 indicators × 98 municipalities, half sensitive with a tenth small; ${READS} reads), beside the plain SQL GROUP BY of the same slice and the service's GET /health/live`,
      [
        {
          name: 'by region p50',
          unit: 'ms',
          value: percentile(region, 50),
          baseline: percentile(sql, 50),
        },
        {
          name: 'by region p95 (vs SQL GROUP BY)',
          unit: 'ms',
          value: percentile(region, 95),
          baseline: percentile(sql, 95),
          target: '<= 100',
        },
        {
          name: 'by region p95 (vs /health/live)',
          unit: 'ms',
          value: percentile(region, 95),
          baseline: percentile(floor, 95),
        },
        {
          name: 'by region and køn p95 (vs SQL GROUP BY)',
          unit: 'ms',
          value: percentile(koen, 95),
          baseline: percentile(sql, 95),
          target: '<= 100',
        },
      ],
    );
  } finally {
    await db.end();
    await partners.close();
    await service.stop();
    await dropSchema(suite, ['samvirke_measurement', 'samvirke_partners']);
  }
}

await main();
