import { DataSource } from 'typeorm';
import type {
  IndicatorDto,
  Page,
  PopulationStatisticsDto,
  PopulationStatisticsLoaded,
} from '@samvirke/contracts';
import { DEMO_USERS, userToken } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** Official statistics per municipality for a library indicator, on real PostgreSQL and Kafka. */
const ctx = measurementSuite('population_statistics');
beforeAll(() => ctx.defineStandardIndicators());

const STATBANK = [
  'OMRÅDE;TID;INDHOLD',
  '000 Hele landet;2024;9,1',
  '084 Region Hovedstaden;2024;8,7',
  '101 København;2024;10,2',
  '751 Aarhus;2024;8,4',
  '147 Frederiksberg;2024;..',
  '101 København;2025;9,8',
  '751 Aarhus;2025;8,1',
].join('\r\n');

describe('population statistics', () => {
  let indicator: IndicatorDto;
  const path = () => `/indicators/${indicator.id}/statistics`;
  const load = async (
    user: keyof typeof DEMO_USERS | null,
    csv: string,
    source = 'Danmarks Statistik, AUS08',
  ) => {
    const headers: Record<string, string> = { 'content-type': 'text/csv; charset=utf-8' };
    if (user) headers['authorization'] = `Bearer ${await userToken(DEMO_USERS[user].username)}`;
    const response = await fetch(`${ctx.url}${path()}?source=${encodeURIComponent(source)}`, {
      method: 'PUT',
      headers,
      body: csv,
    });
    return { status: response.status, body: (await response.json()) as PopulationStatisticsLoaded & Problem };
  };
  const stored = async (query = '') =>
    (await ctx.call<PopulationStatisticsDto>('member', 'GET', `${path()}${query}`)).body.statistics;

  beforeAll(async () => {
    const page = await ctx.call<Page<IndicatorDto>>('member', 'GET', '/indicators?q=hjemloese-unge');
    indicator = page.body.items[0]!;
  });

  it('loads a StatBank export (regions and the country passed over, ".." not stored) and tells of it', async () => {
    const loaded = await load('admin', STATBANK);
    expect(loaded.status).toBe(200);
    expect(loaded.body).toEqual({
      indicatorId: indicator.id,
      code: indicator.code,
      periods: ['2024', '2025'],
      rows: 4,
      notAvailable: 1,
      aggregates: 2,
    });
    expect(await stored('?period=2024')).toEqual([
      expect.objectContaining({
        kommunekode: '101',
        period: '2024',
        value: 10.2,
        source: 'Danmarks Statistik, AUS08',
      }),
      expect.objectContaining({ kommunekode: '751', period: '2024', value: 8.4 }),
    ]);
    expect((await stored('?kommunekode=751')).map((row) => row.value)).toEqual([8.4, 8.1]);
    const [event] = await ctx.app
      .get(DataSource)
      .query<{ event_type: string }[]>(
        `SELECT event_type FROM outbox_message WHERE message_key = $1 AND event_type LIKE '%population-statistics%'`,
        [indicator.id],
      );
    expect(event?.event_type).toBe('dk.samvirke.measurement.population-statistics.loaded.v1');
  });

  it("replaces only the file's periods, as a backbone coordinator may", async () => {
    const loaded = await load(
      'coordinator',
      'kommunekode;periode;værdi\n101;2025;7,5\n',
      'Kommunens egne tal',
    );
    expect(loaded.status).toBe(200);
    expect(await stored('?period=2025')).toEqual([
      expect.objectContaining({ kommunekode: '101', value: 7.5, source: 'Kommunens egne tal' }),
    ]);
    expect(await stored('?period=2024')).toHaveLength(2);
  });

  it('names every bad row and stores nothing', async () => {
    const before = await stored();
    const bad = await load('admin', 'kommunekode;periode;værdi\n999;2024;1\n101;2024M01;x\n751;2026;2\n');
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual(['/rows/2/kommunekode', '/rows/3/periode', '/rows/3/værdi']);
    expect(await stored()).toEqual(before);
    const unknownQuery = await ctx.call<Problem>('member', 'GET', `${path()}?kommunekode=999`);
    expect(unknownQuery.status).toBe(400);
  });

  it('refuses those who do not keep the library, callers without a token, unknown indicators and JSON', async () => {
    for (const user of ['reporterKobenhavn', 'member', 'helsefonden'] as const)
      expect((await load(user, STATBANK)).status).toBe(403);
    expect((await load(null, STATBANK)).status).toBe(401);
    const unknown = await ctx.call<Problem>(
      'admin',
      'GET',
      '/indicators/00000000-0000-4000-8000-000000000000/statistics',
    );
    expect(unknown.status).toBe(404);
    const json = await ctx.call<Problem>('admin', 'PUT', `${path()}?source=x`, { rows: [] });
    expect(json.status).toBe(415);
    const noSource = await ctx.call<Problem>('admin', 'PUT', path(), 'kommunekode;periode;værdi');
    expect(noSource.status).toBe(400);
  });
});
