/**
 * Test fixture: the partners service in this process on a free port, in its own database schema
 * and topic prefix, with the demo organisations registered, plus a small client that calls it
 * with real Keycloak tokens of the demo users.
 */
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createDataSource, migrate } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import type { ProgrammeDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, DEMO_USERS, dropSchema, uniqueSuiteId, userToken } from '@samvirke/testing';
import { AppModule, partnersDataSourceSpec, partnersHttpOptions } from '../src/app.module.js';

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
  const app = await createHttpApp(AppModule, partnersHttpOptions());
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

export type Problem = { status: number; errors?: { pointer: string; detail: string }[] };

/** The JSON pointers of a problem's errors, sorted. */
export const pointers = (body: Problem): string[] => (body.errors ?? []).map((error) => error.pointer).sort();

/** A programme's agenda with three goals; each suite's programme gets a slug of its own. */
export const AGENDA = {
  name: 'Bryd den negative sociale arv',
  problemStatement: 'Børn fra udsatte familier har ringere chancer i uddannelse og beskæftigelse.',
  vision: 'Alle børn får lige muligheder, uanset hvor de kommer fra.',
  goals: [
    { title: 'Flere unge gennemfører en ungdomsuddannelse' },
    { title: 'Færre børn anbringes uden for hjemmet' },
    { title: 'Tidlig indsats i dagtilbud' },
  ],
  themes: ['social arv', 'børn og unge'],
  startDate: '2026-01-01',
  endDate: '2030-12-31',
  backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
};

/**
 * The AGENDA programme, created by Helsefonden (which makes it a funder and the backbone its
 * coordinator), with København as data provider and implementing partner.
 */
export async function seedProgramme(partners: PartnersFixture): Promise<ProgrammeDto> {
  const created = await partners.call<ProgrammeDto>('helsefonden', 'POST', '/programmes', {
    ...AGENDA,
    slug: `bryd-arven-${randomUUID().slice(0, 8)}`,
  });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const kobenhavn = await partners.call('coordinator', 'POST', `/programmes/${created.body.id}/members`, {
    organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
    roles: ['data-provider', 'implementing-partner'],
  });
  if (kobenhavn.status !== 201) throw new Error(JSON.stringify(kobenhavn.body));
  return created.body;
}
