/**
 * Test fixture: the partners service in this process on a free port, in its own database schema
 * and topic prefix, with the demo organisations registered, plus a small client that calls it
 * with real Keycloak tokens of the demo users.
 */
import type { INestApplication } from '@nestjs/common';
import { createDataSource, migrate } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import { DEMO_ORGANISATIONS, DEMO_USERS, dropSchema, uniqueSuiteId, userToken } from '@samvirke/testing';
import { AppModule, partnersDataSourceSpec } from '../src/app.module.js';

export type DemoUser = keyof typeof DEMO_USERS;

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
}

export interface PartnersFixture {
  readonly app: INestApplication;
  readonly url: string;
  readonly suite: string;
  readonly topicPrefix: string;
  call<T = Record<string, unknown>>(
    user: DemoUser | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse<T>>;
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export async function startPartners(label: string): Promise<PartnersFixture> {
  const suite = uniqueSuiteId(label);
  const topicPrefix = `${suite}.`;
  Object.assign(process.env, {
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    OUTBOX_POLL_INTERVAL_MS: '200',
  });
  const migrator = createDataSource(partnersDataSourceSpec());
  await migrate(migrator);
  const app = await createHttpApp(AppModule, { service: 'partners' });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const call: PartnersFixture['call'] = async (user, method, path, body) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (user) headers['authorization'] = `Bearer ${await userToken(DEMO_USERS[user].username)}`;
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as never };
  };

  for (const organisation of Object.values(DEMO_ORGANISATIONS)) {
    const kommunekode =
      organisation === DEMO_ORGANISATIONS.kobenhavn
        ? '101'
        : organisation === DEMO_ORGANISATIONS.aarhus
          ? '751'
          : undefined;
    const response = await call('admin', 'POST', '/organisations', {
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      ...(kommunekode ? { kommunekode } : {}),
    });
    if (response.status !== 201)
      throw new Error(`could not register ${organisation.name}: ${JSON.stringify(response.body)}`);
  }

  return {
    app,
    url,
    suite,
    topicPrefix,
    call,
    count: async (table, where = 'true', params = []) => {
      const [row] = await migrator.query<{ count: string }[]>(
        `SELECT count(*)::text AS count FROM "${suite}".${table} WHERE ${where}`,
        params,
      );
      return Number(row?.count);
    },
    close: async () => {
      await app.close();
      await migrator.destroy();
      await dropSchema(suite, ['samvirke_partners']);
    },
  };
}
