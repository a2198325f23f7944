import type {
  HealthCheckActionDto,
  HealthCheckQuestionnaireDto,
  HealthCheckResultsDto,
  HealthCheckRoundDto,
  ProgrammeDto,
} from '@samvirke/contracts';
import { HEALTH_CHECK_ITEM_SETS } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  pointers,
  seedProgramme,
  startPartners,
  type DemoUser,
  type PartnersFixture,
  type Problem,
} from '../../test/partners-api.fixture.js';
import { HealthCheckCloser } from './health-check-closer.scheduler.js';

/**
 * The health check against real PostgreSQL and Keycloak tokens: five people of five member
 * organisations answer, anonymously and once each; results show only for a closed round with at
 * least five responses; bad input is named per field and changes nothing.
 */
let partners: PartnersFixture;
let programme: ProgrammeDto;
let db: DataSource;

const ITEMS = HEALTH_CHECK_ITEM_SETS[1]?.items ?? [];
const PEOPLE: DemoUser[] = ['helsefonden', 'coordinator', 'reporterKobenhavn', 'reporterAarhus', 'member'];
const day = (offset: number) => {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};
const all = (value: number) => Object.fromEntries(ITEMS.map((item) => [item.id, value]));
const path = (rest: string) => `/programmes/${programme.id}/health-check${rest}`;
const query = <T>(sql: string, params: unknown[] = []) =>
  db.query<T[]>(sql.replaceAll('{s}', `"${partners.suite}"`), params);

async function openRound(title: string): Promise<HealthCheckRoundDto> {
  const opened = await partners.call<HealthCheckRoundDto>('coordinator', 'POST', path('/rounds'), {
    title,
    opensOn: day(0),
    closesOn: day(14),
  });
  expect(opened.status).toBe(201);
  return opened.body;
}

beforeAll(async () => {
  partners = await startPartners('health_check');
  programme = await seedProgramme(partners);
  for (const [organisation, roles] of [
    [DEMO_ORGANISATIONS.ngo.id, ['implementing-partner']],
    [DEMO_ORGANISATIONS.aarhus.id, ['data-provider']],
  ] as const) {
    const joined = await partners.call('coordinator', 'POST', `/programmes/${programme.id}/members`, {
      organisationId: organisation,
      roles,
    });
    expect(joined.status).toBe(201);
  }
  db = partners.app.get(DataSource);
}, 60_000);

afterAll(async () => {
  await partners?.close();
}, 60_000);

describe('the health check', () => {
  it('names every bad field of a round and changes nothing', async () => {
    const malformed = await partners.call<Problem>('coordinator', 'POST', path('/rounds'), {
      title: '',
      opensOn: '2026-13-01',
      closesOn: 'snart',
    });
    expect(malformed.status).toBe(400);
    expect(pointers(malformed.body)).toEqual(['/closesOn', '/opensOn', '/title']);
    const refused = await partners.call<Problem>('coordinator', 'POST', path('/rounds'), {
      title: 'For sent',
      opensOn: '2020-01-01',
      closesOn: '2020-02-01',
      minResponses: 3,
    });
    expect(refused.status).toBe(422);
    expect(pointers(refused.body)).toEqual(['/closesOn', '/minResponses']);
    const byReporter = await partners.call<Problem>('reporterKobenhavn', 'POST', path('/rounds'), {
      title: 'Ikke min',
      opensOn: day(0),
      closesOn: day(7),
    });
    expect(byReporter.status).toBe(403);
    expect(await partners.count('health_check_round')).toBe(0);
  });

  it('opens a round, tells every member organisation, and shows the items in Danish and English', async () => {
    const round = await openRound('Forår');
    expect(round).toMatchObject({ status: 'open', minResponses: 5, responseCount: 0, itemSetVersion: 1 });
    const [event] = await query<{ payload: { memberOrganisationIds: string[] } }>(
      `SELECT payload FROM {s}.outbox_message WHERE event_type = 'dk.samvirke.partners.health-check-round.opened.v1'`,
    );
    expect([...(event?.payload.memberOrganisationIds ?? [])].sort()).toEqual(
      [
        DEMO_ORGANISATIONS.helsefonden.id,
        DEMO_ORGANISATIONS.backbone.id,
        DEMO_ORGANISATIONS.kobenhavn.id,
        DEMO_ORGANISATIONS.ngo.id,
        DEMO_ORGANISATIONS.aarhus.id,
      ].sort(),
    );
    const form = await partners.call<HealthCheckQuestionnaireDto>(
      'member',
      'GET',
      path(`/rounds/${round.id}/questionnaire`),
    );
    expect(form.body.canAnswer).toBe(true);
    expect(form.body.conditions).toHaveLength(5);
    expect(form.body.scale[0]?.label).toEqual({ da: 'Helt uenig', en: 'Strongly disagree' });
    expect(form.body.scale.at(-1)).toEqual({ value: 0, label: { da: 'Ved ikke', en: "Don't know" } });
    expect(form.body.items.length).toBeGreaterThanOrEqual(15);
    const admin = await partners.call<HealthCheckQuestionnaireDto>(
      'admin',
      'GET',
      path(`/rounds/${round.id}/questionnaire`),
    );
    expect(admin.body.canAnswer).toBe(false);
  });

  it('names every missing, unknown and out-of-range item of an answer and stores nothing', async () => {
    const [round] = (await partners.call<HealthCheckRoundDto[]>('member', 'GET', path('/rounds'))).body;
    const answers: Record<string, unknown> = { 'ca-1': 7, 'ca-2': 'enig', 'zz-9': 3 };
    const bad = await partners.call<Problem>('member', 'POST', path(`/rounds/${round?.id}/responses`), {
      answers,
    });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual(
      [...ITEMS.map((item) => `/answers/${item.id}`), '/answers/zz-9'].sort(),
    );
    expect(bad.body.errors?.find((error) => error.pointer === '/answers/ca-1')?.detail).toMatch(/1.*5/);
    expect(await partners.count('health_check_response')).toBe(0);
    expect(await partners.count('health_check_respondent')).toBe(0);
  });

  it('takes one answer per person per round, and none from a platform admin outside the programme', async () => {
    const [round] = (await partners.call<HealthCheckRoundDto[]>('member', 'GET', path('/rounds'))).body;
    const answer = (user: DemoUser) =>
      partners.call<Problem>(user, 'POST', path(`/rounds/${round?.id}/responses`), { answers: all(4) });
    expect((await answer('reporterKobenhavn')).status).toBe(201);
    const again = await answer('reporterKobenhavn');
    expect(again.status).toBe(409);
    expect((await answer('admin')).status).toBe(403);
    expect(await partners.count('health_check_response')).toBe(1);
    const mine = await partners.call<HealthCheckRoundDto[]>('reporterKobenhavn', 'GET', path('/rounds'));
    expect(mine.body[0]).toMatchObject({ answeredByMe: true, responseCount: 1 });
    const theirs = await partners.call<HealthCheckRoundDto[]>('member', 'GET', path('/rounds'));
    expect(theirs.body[0]?.answeredByMe).toBe(false);
  });

  it('hides the results of a round with fewer than five responses, even once closed', async () => {
    const [round] = (await partners.call<HealthCheckRoundDto[]>('member', 'GET', path('/rounds'))).body;
    for (const user of ['helsefonden', 'coordinator', 'member'] as const)
      expect(
        (await partners.call(user, 'POST', path(`/rounds/${round?.id}/responses`), { answers: all(2) }))
          .status,
      ).toBe(201);
    const closed = await partners.call<HealthCheckRoundDto>(
      'coordinator',
      'POST',
      path(`/rounds/${round?.id}/close`),
    );
    expect(closed.body).toMatchObject({ status: 'closed', responseCount: 4 });
    const late = await partners.call('reporterAarhus', 'POST', path(`/rounds/${round?.id}/responses`), {
      answers: all(5),
    });
    expect(late.status).toBe(409);
    const results = await partners.call<HealthCheckResultsDto>('member', 'GET', path('/results'));
    expect(results.body.rounds).toEqual([
      expect.objectContaining({
        roundId: round?.id,
        hidden: 'too-few-responses',
        responseCount: 4,
        conditions: [],
      }),
    ]);
  });

  it('shows mean, distribution and "Ved ikke" per condition once a round is closed with five responses', async () => {
    const round = await openRound('Efterår');
    const firstAgendaItem = ITEMS.find((item) => item.condition === 'common-agenda')?.id ?? '';
    for (const [index, user] of PEOPLE.entries()) {
      // The first person answers "Ved ikke" (0) to one item: counted apart, never in the mean.
      const answers = index === 0 ? { ...all(1), [firstAgendaItem]: 0 } : all(index + 1);
      const answered = await partners.call(user, 'POST', path(`/rounds/${round.id}/responses`), {
        answers,
      });
      expect(answered.status).toBe(201);
    }
    const open = await partners.call<HealthCheckResultsDto>('coordinator', 'GET', path('/results'));
    expect(open.body.rounds[1]).toMatchObject({ hidden: 'open', responseCount: 5, conditions: [] });
    await partners.call('coordinator', 'POST', path(`/rounds/${round.id}/close`));
    const shown = await partners.call<HealthCheckResultsDto>('reporterAarhus', 'GET', path('/results'));
    const [spring, autumn] = shown.body.rounds;
    expect(spring?.hidden).toBe('too-few-responses');
    expect(autumn?.hidden).toBeNull();
    const agenda = autumn?.conditions.find((result) => result.condition === 'common-agenda');
    const agendaItems = ITEMS.filter((item) => item.condition === 'common-agenda').length;
    const total = 15 * agendaItems - 1;
    expect(agenda).toEqual({
      condition: 'common-agenda',
      mean: Math.round((total / (5 * agendaItems - 1)) * 100) / 100,
      distribution: [agendaItems - 1, agendaItems, agendaItems, agendaItems, agendaItems],
      dontKnow: 1,
    });
    expect(autumn?.conditions.map((result) => result.condition)).toHaveLength(5);
  });

  it('keeps no link between a person and their answers', async () => {
    const columns = await query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'health_check_response' ORDER BY 1`,
      [partners.suite],
    );
    expect(columns.map((column) => column.column_name)).toEqual(['answers', 'id', 'round_id']);
    expect(await partners.count('health_check_respondent')).toBe(9);
    // No response carries a respondent's subject anywhere, nor keys other than the items.
    const leaks = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM {s}.health_check_response r JOIN {s}.health_check_respondent p
          ON r.answers::text LIKE '%' || p.subject || '%' OR r.id::text = p.subject`,
    );
    expect(leaks[0]?.count).toBe(0);
    const keys = await query<{ key: string }>(
      `SELECT DISTINCT jsonb_object_keys(answers) AS key FROM {s}.health_check_response ORDER BY 1`,
    );
    expect(keys.map((row) => row.key)).toEqual(ITEMS.map((item) => item.id).sort());
    // The audit trail names who inserted a respondent row, never a response row.
    expect(await partners.count('audit_entry', `table_name = 'health_check_respondent'`)).toBe(9);
    expect(await partners.count('audit_entry', `table_name = 'health_check_response'`)).toBe(0);
    // Closing rewrote each round's responses in one transaction: none shares a transaction id with a respondent.
    const shared = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM {s}.health_check_response r
        WHERE r.xmin::text IN (SELECT p.xmin::text FROM {s}.health_check_respondent p)`,
    );
    expect(shared[0]?.count).toBe(0);
  });

  it('records follow-up actions per condition, naming a bad owner and round', async () => {
    const bad = await partners.call<Problem>('coordinator', 'POST', path('/actions'), {
      condition: 'continuous-communication',
      roundId: '00000000-0000-4000-8000-00000000beef',
      text: 'Månedligt nyhedsbrev til alle partnere',
      ownerOrganisationId: DEMO_ORGANISATIONS.realdania.id,
      ownerName: 'Sara Nielsen',
      dueDate: '2027-02-01',
    });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual(['/ownerOrganisationId', '/roundId']);
    const malformed = await partners.call<Problem>('coordinator', 'POST', path('/actions'), {
      condition: 'trust',
      text: '',
      ownerOrganisationId: DEMO_ORGANISATIONS.backbone.id,
      ownerName: 'Sara Nielsen',
      dueDate: 'i morgen',
    });
    expect(malformed.status).toBe(400);
    expect(pointers(malformed.body)).toEqual(['/condition', '/dueDate', '/text']);
    const byMember = await partners.call<Problem>('member', 'POST', path('/actions'), {
      condition: 'backbone-support',
      text: 'Flere møder',
      ownerOrganisationId: DEMO_ORGANISATIONS.ngo.id,
      ownerName: 'N.N.',
      dueDate: '2027-02-01',
    });
    expect(byMember.status).toBe(403);
    expect(await partners.count('health_check_action')).toBe(0);
    const [autumn] = (await partners.call<HealthCheckRoundDto[]>('member', 'GET', path('/rounds'))).body;
    const recorded = await partners.call<HealthCheckActionDto>('coordinator', 'POST', path('/actions'), {
      condition: 'continuous-communication',
      roundId: autumn?.id,
      text: 'Månedligt nyhedsbrev til alle partnere',
      ownerOrganisationId: DEMO_ORGANISATIONS.backbone.id,
      ownerName: 'Sara Nielsen',
      dueDate: '2027-02-01',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body.ownerOrganisationName).toBe(DEMO_ORGANISATIONS.backbone.name);
    const listed = await partners.call<HealthCheckActionDto[]>('reporterKobenhavn', 'GET', path('/actions'));
    expect(listed.body.map((action) => action.text)).toEqual(['Månedligt nyhedsbrev til alle partnere']);
    expect(
      await partners.count(
        'outbox_message',
        `event_type = 'dk.samvirke.partners.health-check-action.recorded.v1'`,
      ),
    ).toBe(1);
  });

  it('closes a round once its closing date has passed, and announces it once', async () => {
    const id = randomUUID();
    await query(
      `INSERT INTO {s}.health_check_round (id, programme_id, title, opens_on, closes_on, item_set_version, min_responses)
       VALUES ($1, $2, 'Sommer', $3, $4, 1, 5)`,
      [id, programme.id, day(-20), day(-1)],
    );
    const closer = partners.app.get(HealthCheckCloser);
    // The job's own timer may have run first; either way the round closes once.
    expect(await closer.runOnce()).toMatchObject({ ran: true });
    expect(await closer.runOnce()).toEqual({ ran: true, result: 0 });
    expect(await partners.count('health_check_round', 'id = $1 AND closed_at IS NOT NULL', [id])).toBe(1);
    expect(
      await partners.count(
        'outbox_message',
        `event_type = 'dk.samvirke.partners.health-check-round.closed.v1' AND payload ->> 'roundId' = $1`,
        [id],
      ),
    ).toBe(1);
  });
});
