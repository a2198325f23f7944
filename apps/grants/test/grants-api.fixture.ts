/**
 * Test fixture: the grants service in this process, in its own schema and topic prefix; a stand-in
 * for partners and measurement that publishes their events through an outbox and relay; and a
 * client that calls grants with real Keycloak tokens of the demo users.
 */
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  organisationRegisteredV1,
  submissionApprovedV1,
  submissionReturnedV1,
  type MembershipRole,
  topicsOfGroup,
} from '@samvirke/contracts';
import { connectEventConsumer } from '@samvirke/messaging';
import { createDataSource, migrate } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import {
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  programmeEvents,
  startEffectApp,
  uniqueSuiteId,
  userToken,
  waitFor,
  type EffectApp,
} from '@samvirke/testing';
import { AppModule, grantsDataSourceSpec, grantsHttpOptions } from '../src/app.module.js';

export type Problem = { title?: string; detail?: string; errors?: { pointer: string; detail?: string }[] };
export const pointers = (body: Problem): string[] => (body.errors ?? []).map((error) => error.pointer).sort();

export const ORG = DEMO_ORGANISATIONS;
export type DemoUser = keyof typeof DEMO_USERS;

export interface SeededProgramme {
  programmeId: string;
  goalIds: string[];
}

export interface GrantsSuite {
  app: INestApplication;
  url: string;
  db: DataSource;
  upstream: EffectApp;
  call<T>(
    user: DemoUser | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  /** A programme with Helsefonden and Bikubenfonden as funders, the backbone, and København and the NGO as partners. */
  seedProgramme(extraMembers?: [string, MembershipRole[]][]): Promise<SeededProgramme>;
  /** Publishes a submission decision as measurement would. */
  publishDecision(
    decision: 'approved' | 'returned',
    data: {
      submissionId?: string;
      programmeId: string;
      periodId: string;
      period: string;
      organisationId: string;
      version: number;
      indicatorCodes: string[];
    },
  ): Promise<void>;
  /** Rows of the grants tables and the outbox, to show that a refused request wrote nothing. */
  counts(): Promise<Record<string, number>>;
  handled(eventType: string): Promise<number>;
}

const TABLES = [
  'funding_commitment',
  'grant_call',
  'application',
  'review_assignment',
  'award',
  'award_share',
  'award_condition',
  'tranche',
  'tranche_share',
  'agreement_acceptance',
  'grant_report',
  'award_amendment',
  'award_amendment_approval',
  'award_refund',
  'report_attachment',
  'call_form',
  'application_file',
  'application_partner',
  'outbox_message',
];

export function grantsSuite(label: string): GrantsSuite {
  const suite = uniqueSuiteId(label);
  const ctx = {} as GrantsSuite;
  let organisationsSeeded = false;

  beforeAll(async () => {
    Object.assign(process.env, {
      DATABASE_SCHEMA: suite,
      KAFKA_TOPIC_PREFIX: `${suite}.`,
      OUTBOX_POLL_INTERVAL_MS: '200',
    });
    const migrator = createDataSource(grantsDataSourceSpec());
    await migrate(migrator);
    await migrator.destroy();
    ctx.app = await createHttpApp(AppModule, grantsHttpOptions());
    connectEventConsumer(ctx.app, { consumer: 'grants', topics: topicsOfGroup('grants') });
    await ctx.app.startAllMicroservices();
    await ctx.app.listen(0, '127.0.0.1');
    ctx.url = (await ctx.app.getUrl()).replace('[::1]', '127.0.0.1');
    ctx.db = ctx.app.get(DataSource);
    ctx.upstream = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });
    // Grants knows a user once they have called it (reviews/known-users.ts): the demo users sign in.
    for (const user of Object.keys(DEMO_USERS) as DemoUser[]) {
      await ctx.call(user, 'GET', `/calls/${randomUUID()}`);
    }
  }, 90_000);

  afterAll(async () => {
    await ctx.upstream?.close();
    await ctx.app?.close();
    await dropSchema(suite, ['samvirke_grants', 'samvirke_partners']);
  }, 60_000);

  ctx.call = async <T>(user: DemoUser | null, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (user) headers['authorization'] = `Bearer ${await userToken(DEMO_USERS[user].username)}`;
    const response = await fetch(`${ctx.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };

  ctx.seedProgramme = async (extraMembers = []) => {
    const programmeId = randomUUID();
    const goalIds = [randomUUID(), randomUUID()];
    const members: [string, MembershipRole[]][] = [
      [ORG.helsefonden.id, ['funder']],
      [ORG.bikubenfonden.id, ['funder']],
      [ORG.backbone.id, ['backbone']],
      [ORG.kobenhavn.id, ['data-provider', 'implementing-partner']],
      [ORG.ngo.id, ['implementing-partner']],
      ...extraMembers,
    ];
    const organisations = organisationsSeeded
      ? []
      : Object.values(ORG).map((organisation) => ({
          definition: organisationRegisteredV1,
          data: {
            organisationId: organisation.id,
            name: organisation.name,
            type: organisation.type,
            cvr: 'cvr' in organisation ? organisation.cvr : null,
            kommunekode: null,
            registeredAt: new Date().toISOString(),
          },
          options: { subject: organisation.id },
        }));
    organisationsSeeded = true;
    await ctx.upstream.dataSource.transaction((manager) =>
      ctx.upstream.outbox.recordAll(manager, [
        ...organisations,
        ...programmeEvents({
          programmeId,
          name: 'Bryd den negative sociale arv',
          goals: goalIds.map((id, position) => ({ id, title: `Mål ${position + 1}`, position })),
          members,
        }),
      ]),
    );
    await waitFor('the programme, its members and the organisations to arrive', async () => {
      const [row] = await ctx.db.query<{ members: number; organisations: number }[]>(
        `SELECT (SELECT count(*)::int FROM programme_member WHERE programme_id = $1) AS members,
                (SELECT count(*)::int FROM known_organisation) AS organisations`,
        [programmeId],
      );
      return row?.members === members.length && row.organisations === Object.keys(ORG).length;
    });
    return { programmeId, goalIds };
  };

  ctx.publishDecision = async (decision, data) => {
    await ctx.upstream.dataSource.transaction((manager) =>
      ctx.upstream.outbox.record(
        manager,
        decision === 'approved' ? submissionApprovedV1 : submissionReturnedV1,
        { submissionId: randomUUID(), ...data },
        { subject: data.programmeId, programmeId: data.programmeId },
      ),
    );
  };

  ctx.counts = async () => {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await ctx.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
      result[table] = row?.n ?? 0;
    }
    return result;
  };

  ctx.handled = async (eventType) => {
    const [row] = await ctx.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM inbox_message WHERE consumer = 'grants' AND event_type = $1`,
      [eventType],
    );
    return row?.n ?? 0;
  };
  return ctx;
}

/** A call of the programme's Helsefonden, open now, for municipalities and NGOs, with two criteria. */
export function openCall(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  return {
    funderOrganisationId: ORG.helsefonden.id,
    title: 'Tidlig indsats for unge',
    description: 'Projekter der bryder den negative sociale arv',
    budgetOre: 500_000_000,
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 7 * 86_400_000).toISOString(),
    eligibleOrganisationTypes: ['municipality', 'ngo'],
    criteria: [
      { name: 'Effekt', weight: 3 },
      { name: 'Forankring', weight: 1 },
    ],
    ...overrides,
  };
}

/** Helsefonden opens a call in the programme (openCall() with the overrides); its id. */
export async function callIn(
  ctx: GrantsSuite,
  programmeId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const call = await ctx.call<Ids>(
    'helsefonden',
    'POST',
    `/programmes/${programmeId}/calls`,
    openCall(overrides),
  );
  if (call.status !== 201) throw new Error(`call failed: ${JSON.stringify(call.body)}`);
  return call.body.id;
}

export const COMPLETE_APPLICATION = {
  title: 'Ungeindsats i København',
  description: 'Mentorforløb for unge i udsatte boligområder',
  requestedAmountOre: 200_000_000,
  budgetLines: [
    { category: 'Løn', amountOre: 150_000_000 },
    { category: 'Aktiviteter', amountOre: 50_000_000 },
  ],
};

export interface Ids {
  id: string;
}

/** Helsefonden commits, opens a call; København drafts and submits an application. */
export async function submittedApplication(
  ctx: GrantsSuite,
  programmeId: string,
  commitments: [DemoUser, string, number][] = [
    ['helsefonden', ORG.helsefonden.id, 1_000_000_000],
    ['bikubenfonden', ORG.bikubenfonden.id, 300_000_000],
  ],
): Promise<{ callId: string; applicationId: string }> {
  for (const [user, funderOrganisationId, amountOre] of commitments) {
    const committed = await ctx.call(user, 'POST', `/programmes/${programmeId}/commitments`, {
      funderOrganisationId,
      amountOre,
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    });
    if (committed.status !== 201) throw new Error(`commit failed: ${JSON.stringify(committed.body)}`);
  }
  const call = await ctx.call<Ids>('helsefonden', 'POST', `/programmes/${programmeId}/calls`, openCall());
  if (call.status !== 201) throw new Error(`call failed: ${JSON.stringify(call.body)}`);
  const application = await ctx.call<Ids>(
    'reporterKobenhavn',
    'POST',
    `/calls/${call.body.id}/applications`,
    {
      applicantOrganisationId: ORG.kobenhavn.id,
      ...COMPLETE_APPLICATION,
    },
  );
  if (application.status !== 201) throw new Error(`application failed: ${JSON.stringify(application.body)}`);
  const submitted = await ctx.call(
    'reporterKobenhavn',
    'POST',
    `/applications/${application.body.id}/submit`,
  );
  if (submitted.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.body)}`);
  return { callId: call.body.id, applicationId: application.body.id };
}
