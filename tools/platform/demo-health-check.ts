/**
 * Demo data for the collective impact health check in "Bryd den negative sociale arv": a spring
 * round answered by five people of five member organisations and closed (so its results show),
 * an open autumn round that two have answered (København's reporter may still answer), and a
 * follow-up action on shared measurement. Left as it is when the programme has rounds already.
 */
import {
  HEALTH_CHECK_DONT_KNOW,
  HEALTH_CHECK_ITEM_SETS,
  type HealthCheckCondition,
  type HealthCheckRoundDto,
  type MembershipDto,
} from '@samvirke/contracts';
import type { DemoApi, DemoUser } from './demo-api.js';

const SLUG = 'bryd-den-negative-sociale-arv';

/** The Danish date `days` from today. */
const date = (days: number): string => {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const at = new Date(`${today}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

/** How each condition is felt: shared measurement lags, the backbone is valued. */
const LEANING: Record<HealthCheckCondition, number> = {
  'common-agenda': 1,
  'shared-measurement': -1,
  'mutually-reinforcing-activities': 0,
  'continuous-communication': 0,
  'backbone-support': 1,
};

/**
 * One person's answers: their general mood, the condition's leaning, a little spread per item. The
 * gloomiest answer "Ved ikke" (0) on shared measurement's items, which the results leave out of the mean.
 */
function answers(mood: number): Record<string, number> {
  const items = HEALTH_CHECK_ITEM_SETS[1]?.items ?? [];
  return Object.fromEntries(
    items.map((item, index) => [
      item.id,
      mood <= 2 && item.condition === 'shared-measurement'
        ? HEALTH_CHECK_DONT_KNOW.value
        : Math.min(5, Math.max(1, mood + LEANING[item.condition] + (index % 3 === 2 ? -1 : 0))),
    ]),
  );
}

async function answerRound(
  api: DemoApi,
  base: string,
  roundId: string,
  people: readonly (readonly [DemoUser, number])[],
): Promise<void> {
  for (const [user, mood] of people)
    await api.must(user, 'POST', `${base}/rounds/${roundId}/responses`, { answers: answers(mood) });
}

export async function loadDemoHealthCheck(
  api: DemoApi,
  programmeIds: ReadonlyMap<string, string>,
): Promise<string> {
  const programmeId = programmeIds.get(SLUG);
  if (!programmeId) throw new Error(`no programme ${SLUG}`);
  const base = `/partners/programmes/${programmeId}/health-check`;
  if ((await api.get<HealthCheckRoundDto[]>('coordinator', `${base}/rounds`)).length > 0)
    return 'health check already there';
  const spring = await api.must<HealthCheckRoundDto>('coordinator', 'POST', `${base}/rounds`, {
    title: 'Sundhedstjek, forår',
    opensOn: date(-120),
    closesOn: date(0),
  });
  await answerRound(api, base, spring.id, [
    ['helsefonden', 4],
    ['bikubenfonden', 3],
    ['coordinator', 4],
    ['reporterKobenhavn', 3],
    ['reporterAarhus', 2],
  ]);
  await api.must('coordinator', 'POST', `${base}/rounds/${spring.id}/close`);
  const autumn = await api.must<HealthCheckRoundDto>('coordinator', 'POST', `${base}/rounds`, {
    title: 'Sundhedstjek, efterår',
    opensOn: date(0),
    closesOn: date(21),
  });
  await answerRound(api, base, autumn.id, [
    ['helsefonden', 4],
    ['reporterAarhus', 3],
  ]);
  const { items } = await api.get<{ items: MembershipDto[] }>(
    'coordinator',
    `/partners/programmes/${programmeId}/members?limit=100`,
  );
  const backbone = items.find((member) => member.roles.includes('backbone'));
  await api.must('coordinator', 'POST', `${base}/actions`, {
    condition: 'shared-measurement',
    roundId: spring.id,
    text: 'Temadag om de fælles indikatorer: hvad viser data, og hvordan bruger vi dem i hverdagen?',
    ownerOrganisationId: backbone?.organisationId,
    ownerName: 'Line Bach',
    dueDate: date(30),
  });
  return 'health check: a closed round with 5 responses, an open one with 2, 1 follow-up action';
}
