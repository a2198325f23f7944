/**
 * Test fixture: the measurement service in this process, in its own schema and topic prefix, a
 * stand-in for partners that publishes the same events through an outbox and relay, and a client
 * that calls the service with real Keycloak tokens of the demo users.
 */
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { topicsOfGroup } from '@samvirke/contracts';
import { connectEventConsumer } from '@samvirke/messaging';
import { createDataSource, migrate } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import {
  DEMO_USERS,
  dropSchema,
  programmeEvents,
  startEffectApp,
  uniqueSuiteId,
  userToken,
  waitFor,
  type EffectApp,
} from '@samvirke/testing';
import { AppModule, measurementDataSourceSpec } from '../src/app.module.js';

export type Problem = { errors?: { pointer: string; detail?: string }[] };
export const pointers = (body: Problem): string[] => (body.errors ?? []).map((error) => error.pointer).sort();

export type Role = 'backbone' | 'data-provider' | 'funder' | 'implementing-partner';

export interface MeasurementSuite {
  app: INestApplication;
  url: string;
  partners: EffectApp;
  call<T>(
    user: keyof typeof DEMO_USERS | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  seedProgramme(
    programmeId: string,
    slug: string,
    members: [string, Role[]][],
    goals?: { id: string; title: string; position: number }[],
  ): Promise<void>;
  /** Opens a quarterly reporting period as the backbone coordinator; returns its id. */
  openQuarter(programmeId: string, period: string, dueDate: string): Promise<string>;
  defineStandardIndicators(): Promise<void>;
}

/** Registers the suite's beforeAll/afterAll; the returned object is ready inside tests. */
export function measurementSuite(label: string): MeasurementSuite {
  const suite = uniqueSuiteId(label);
  const ctx = {} as MeasurementSuite;

  beforeAll(async () => {
    Object.assign(process.env, {
      DATABASE_SCHEMA: suite,
      KAFKA_TOPIC_PREFIX: `${suite}.`,
      OUTBOX_POLL_INTERVAL_MS: '200',
    });
    const migrator = createDataSource(measurementDataSourceSpec());
    await migrate(migrator);
    await migrator.destroy();
    ctx.app = await createHttpApp(AppModule, {
      service: 'measurement',
      bodyLimit: '5mb',
      textTypes: ['text/csv', 'text/plain'],
    });
    connectEventConsumer(ctx.app, { consumer: 'measurement', topics: topicsOfGroup('measurement') });
    await ctx.app.startAllMicroservices();
    await ctx.app.listen(0, '127.0.0.1');
    ctx.url = (await ctx.app.getUrl()).replace('[::1]', '127.0.0.1');
    ctx.partners = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });
  }, 90_000);

  afterAll(async () => {
    await ctx.partners?.close();
    await ctx.app?.close();
    await dropSchema(suite, ['samvirke_measurement', 'samvirke_partners']);
  }, 60_000);

  ctx.call = async <T>(
    user: keyof typeof DEMO_USERS | null,
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (user) headers['authorization'] = `Bearer ${await userToken(DEMO_USERS[user].username)}`;
    const response = await fetch(`${ctx.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  /** Publishes, as partners would, a programme with these members, and waits until measurement knows them all. */
  ctx.seedProgramme = async (programmeId, slug, members, goals = []) => {
    await ctx.partners.dataSource.transaction((manager) =>
      ctx.partners.outbox.recordAll(manager, programmeEvents({ programmeId, slug, members, goals })),
    );
    await waitFor('the programme and its members to arrive', async () => {
      const [row] = await ctx.app
        .get(DataSource)
        .query<{ count: string }[]>(
          `SELECT count(*)::text AS count FROM programme_member WHERE programme_id = $1`,
          [programmeId],
        );
      return row?.count === String(members.length);
    });
  };

  ctx.openQuarter = async (programmeId, period, dueDate) => {
    const opened = await ctx.call<{ id: string }>(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods`,
      {
        frequency: 'quarterly',
        period,
        dueDate,
      },
    );
    if (opened.status !== 201) throw new Error(`could not open ${period}: ${JSON.stringify(opened.body)}`);
    return opened.body.id;
  };

  /** A sensitive count, its population, and a weighted share of it. */
  ctx.defineStandardIndicators = async () => {
    for (const indicator of STANDARD_INDICATORS) {
      const response = await ctx.call('admin', 'POST', '/indicators', indicator);
      if (response.status !== 201)
        throw new Error(`could not define ${indicator.code}: ${JSON.stringify(response.body)}`);
    }
  };
  return ctx;
}

export const STANDARD_INDICATORS = [
  {
    code: 'hjemloese-unge',
    nameDa: 'Hjemløse unge 18-24 år',
    nameEn: 'Homeless young people aged 18-24',
    unit: 'count',
    valueType: 'integer',
    aggregation: 'sum',
    polarity: 'lower-is-better',
    sensitive: true,
    min: 0,
    disaggregations: [{ code: 'koen', name: 'Køn', values: ['kvinde', 'mand', 'andet'] }],
  },
  {
    code: 'unge-i-maalgruppe',
    nameDa: 'Unge i målgruppen',
    nameEn: 'Young people in the target group',
    unit: 'count',
    valueType: 'integer',
    aggregation: 'sum',
    polarity: 'higher-is-better',
  },
  {
    code: 'andel-i-uddannelse',
    nameDa: 'Andel i uddannelse',
    nameEn: 'Share in education',
    unit: 'percent',
    valueType: 'decimal',
    scale: 1,
    aggregation: 'weighted-mean',
    denominatorCode: 'unge-i-maalgruppe',
    polarity: 'higher-is-better',
    min: 0,
    max: 100,
  },
] as const;
