/** What the measurement benchmark does through the API and the partners stand-in, shared by its parts. */
import type { MembershipRole } from '@samvirke/contracts';
import { DEMO_USERS, pgClient, programmeEvents, userToken, waitFor, type EffectApp } from '@samvirke/testing';

/** The ten quarters the dashboard's programme reports on, and that indicators get targets for. */
export const DASHBOARD_PERIODS = ['2024', '2025', '2026']
  .flatMap((year) => ['Q1', 'Q2', 'Q3', 'Q4'].map((quarter) => `${year}-${quarter}`))
  .slice(0, 10);

type User = keyof typeof DEMO_USERS;

/** The measurement API as one demo user or another, through real tokens. */
export class Api {
  constructor(private readonly url: string) {}

  async call<T = unknown>(
    user: User,
    method: string,
    path: string,
    body?: unknown,
    expected = [200, 201],
    headers: Record<string, string> = {},
  ): Promise<T> {
    const csv = typeof body === 'string';
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/json',
        ...headers,
      },
      ...(body === undefined ? {} : { body: csv ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!expected.includes(response.status))
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 2_000)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** Publishes a programme and its members from partners and waits until measurement knows them. */
export async function seedProgramme(
  partners: EffectApp,
  schema: string,
  programmeId: string,
  members: [string, MembershipRole[]][],
): Promise<void> {
  const events = programmeEvents({ programmeId, name: 'Benchmark programme', members });
  await partners.dataSource.transaction((manager) => partners.outbox.recordAll(manager, events));
  const db = pgClient('samvirke_measurement');
  await db.connect();
  try {
    await waitFor(
      'measurement to learn the programme and its members',
      async () => {
        const { rows } = await db.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM "${schema}".programme_member WHERE programme_id = $1`,
          [programmeId],
        );
        return rows[0]?.count === members.length;
      },
      { timeoutMs: 120_000 },
    );
  } finally {
    await db.end();
  }
}

/** Defines indicators and has the programme track them quarterly; returns code → indicator id. */
export async function trackIndicators(
  api: Api,
  programmeId: string,
  indicators: {
    code: string;
    disaggregations: { code: string; name: string; values: string[] }[];
    sensitive?: boolean;
  }[],
): Promise<void> {
  for (const indicator of indicators) {
    await api.call('admin', 'POST', '/indicators', {
      code: indicator.code,
      nameDa: `Benchmarkindikator ${indicator.code}`,
      nameEn: `Benchmark indicator ${indicator.code}`,
      unit: 'count',
      valueType: 'integer',
      aggregation: 'sum',
      polarity: 'higher-is-better',
      min: 0,
      disaggregations: indicator.disaggregations,
      sensitive: indicator.sensitive ?? false,
    });
    await api.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/${indicator.code}`, {
      frequency: 'quarterly',
      baseline: { period: '2023-Q4', value: 1_000 },
      targets: DASHBOARD_PERIODS.map((period, index) => ({ period, value: 1_500 + index * 100 })),
    });
  }
}
