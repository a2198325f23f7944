import { randomUUID } from 'node:crypto';
import { createDataSource, databaseConfigFromEnv, migrate, RetentionJob } from '@samvirke/persistence';
import { metricsRegistry } from '@samvirke/platform';
import { dropSchema, uniqueSuiteId } from '@samvirke/testing';
import { partnersMigrations } from '../migrations/index.js';
import { exportRetentionConfigSchema, exportRetentionRule } from './data-subject-requests.rules.js';
import { eraseExpiredExports } from './export-retention.scheduler.js';

const DAY_MS = 86_400_000;

/**
 * Access exports nobody closes are erased after ACCESS_EXPORT_RETENTION_DAYS (default 30), against
 * PostgreSQL: the request's key and sealed parts go, the request is closed; the rest is untouched.
 */
describe('retention of access exports against PostgreSQL', () => {
  const schema = uniqueSuiteId('partners_export_retention');
  const dataSource = createDataSource({
    config: { ...databaseConfigFromEnv('samvirke_partners'), schema },
    entities: [],
    migrations: partnersMigrations,
  });
  const now = new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

  async function request(kind: string, status: string, openedAt: Date, completedAt: Date | null, key = true) {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO data_subject_request (id, kind, reference, status, keycloak, opened_by, opened_at, completed_at)
       VALUES ($1, $2, 'J.nr. 7', $3, 'found', 'admin-subject', $4, $5)`,
      [id, kind, status, openedAt, completedAt],
    );
    await dataSource.query(
      `INSERT INTO data_subject_part (request_id, service, counts, sealed) VALUES ($1, 'grants', '{}', $2)`,
      [id, JSON.stringify({ sealed: 'opaque' })],
    );
    if (key)
      await dataSource.query(
        `INSERT INTO data_subject_request_key (request_id, private_key) VALUES ($1, 'k')`,
        [id],
      );
    return id;
  }

  async function state(id: string) {
    const [row] = await dataSource.query<{ status: string; key: boolean; sealed: boolean }[]>(
      `SELECT r.status, EXISTS (SELECT 1 FROM data_subject_request_key k WHERE k.request_id = r.id) AS key,
              EXISTS (SELECT 1 FROM data_subject_part p WHERE p.request_id = r.id AND p.sealed IS NOT NULL) AS sealed
         FROM data_subject_request r WHERE r.id = $1`,
      [id],
    );
    return row;
  }

  beforeAll(() => migrate(dataSource));
  afterAll(async () => {
    await dataSource.destroy();
    await dropSchema(schema, ['samvirke_partners']);
  });

  it('erases exports completed or opened past the period, keeps the rest, and counts them', async () => {
    const oldCompleted = await request('access', 'completed', daysAgo(35), daysAgo(31));
    const recentCompleted = await request('access', 'completed', daysAgo(40), daysAgo(10));
    const neverCompleted = await request('access', 'open', daysAgo(31), null);
    const openErasure = await request('erasure', 'open', daysAgo(60), null);
    const closedLongAgo = await request('access', 'closed', daysAgo(90), daysAgo(89), false);

    const job = new RetentionJob(dataSource, 'partners-retention', [
      exportRetentionRule(exportRetentionConfigSchema.parse({}), eraseExpiredExports),
    ]);
    expect(await job.runOnce(now)).toEqual({ ran: true, result: { 'access-exports': 2 } });

    const erased = { status: 'closed', key: false, sealed: false };
    expect(await state(oldCompleted)).toEqual(erased);
    expect(await state(neverCompleted)).toEqual(erased);
    expect(await state(recentCompleted)).toEqual({ status: 'completed', key: true, sealed: true });
    expect(await state(openErasure)).toEqual({ status: 'open', key: true, sealed: true });
    expect(await state(closedLongAgo)).toEqual({ status: 'closed', key: false, sealed: true });
    const metrics = await metricsRegistry.getSingleMetricAsString('samvirke_retention_removed_total');
    expect(metrics).toContain('samvirke_retention_removed_total{kind="access-exports"} 2');

    expect(await job.runOnce(now)).toEqual({ ran: true, result: { 'access-exports': 0 } });
  });
});
