/**
 * Demo data for governance in "Bryd den negative sociale arv": a steering group and a working
 * group for its first goal, the steering group's last meeting (with minutes) and next one, two
 * decisions in the log and two action items, one of them due in two days (so its reminder is sent).
 * Left as it is when the programme has bodies already.
 */
import type { BodyDto, MeetingDto, MembershipDto, ProgrammeDto } from '@samvirke/contracts';
import type { DemoApi } from './demo-api.js';

const SLUG = 'bryd-den-negative-sociale-arv';

/** A moment `days` from now at `hour` UTC, or (date) its day. */
const day = (days: number, hour = 0): string => {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
};

interface Governed {
  readonly api: DemoApi;
  readonly base: string;
  readonly goalId: string | undefined;
  /** A member organisation's id by the start of its name. */
  readonly org: (name: string) => string | undefined;
}

const seat = (g: Governed, name: string, personName: string, role: string) => ({
  organisationId: g.org(name),
  personName,
  role,
});

async function bodies(g: Governed): Promise<BodyDto> {
  const steering = await g.api.must<BodyDto>('coordinator', 'POST', `${g.base}/bodies`, {
    kind: 'steering-group',
    name: 'Styregruppen',
    members: [
      seat(g, 'Helsefonden', 'Anne Holm', 'chair'),
      seat(g, 'Bikubenfonden', 'Peter Lund', 'member'),
      seat(g, 'Københavns', 'Sara Nielsen', 'member'),
      seat(g, 'Aarhus', 'Jens Kristensen', 'member'),
    ],
  });
  await g.api.must('coordinator', 'POST', `${g.base}/bodies`, {
    kind: 'working-group',
    name: 'Arbejdsgruppen for uddannelse',
    goalId: g.goalId,
    members: [seat(g, 'Københavns', 'Sara Nielsen', 'chair'), seat(g, 'VIVE', 'Mads Berg', 'member')],
  });
  return steering;
}

async function meetings(g: Governed, bodyId: string): Promise<MeetingDto> {
  const meeting = (title: string, days: number) => ({
    bodyId,
    title,
    startsAt: day(days, 12),
    endsAt: day(days, 14),
    location: 'Københavns Rådhus, mødelokale 2',
    agenda: ['Velkomst og dagsorden', 'Status på målene', 'Lektiecaféerne', 'Eventuelt'],
    documents: [{ title: 'Statusnotat', url: 'https://samvirke.example/dokumenter/statusnotat.pdf' }],
  });
  const path = `${g.base}/meetings`;
  const last = await g.api.must<MeetingDto>(
    'coordinator',
    'POST',
    path,
    meeting('Styregruppemøde, efterår', -14),
  );
  await g.api.must('coordinator', 'POST', path, meeting('Styregruppemøde, vinter', 21));
  await g.api.must('coordinator', 'PUT', `${path}/${last.id}/minutes`, {
    minutes:
      '## Referat\n\nStyregruppen drøftede status på målene og besluttede at **udvide lektiecaféerne** til to nye boligområder.',
  });
  return last;
}

async function decisionsAndItems(g: Governed, meetingId: string): Promise<void> {
  const decidedOn = day(-14).slice(0, 10);
  const decide = (title: string, goalIds: (string | undefined)[]) =>
    g.api.must('coordinator', 'POST', `${g.base}/decisions`, {
      meetingId,
      title,
      decidedOn,
      links: { goalIds: goalIds.filter(Boolean) },
    });
  await decide('Lektiecaféerne udvides til to nye boligområder', [g.goalId]);
  await decide('Data for 2025 deles med VIVE til evalueringen', []);
  for (const [title, name, ownerName, days] of [
    ['Find lokaler til to nye lektiecaféer', 'Københavns', 'Sara Nielsen', 2],
    ['Send evalueringsdesign til styregruppen', 'VIVE', 'Mads Berg', 30],
  ] as const) {
    const dueDate = day(days).slice(0, 10);
    await g.api.must('coordinator', 'POST', `${g.base}/action-items`, {
      meetingId,
      title,
      ownerOrganisationId: g.org(name),
      ownerName,
      dueDate,
    });
  }
}

export async function loadDemoGovernance(
  api: DemoApi,
  programmeIds: ReadonlyMap<string, string>,
): Promise<string> {
  const programmeId = programmeIds.get(SLUG);
  if (!programmeId) throw new Error(`no programme ${SLUG}`);
  const base = `/partners/programmes/${programmeId}/governance`;
  if ((await api.get<BodyDto[]>('coordinator', `${base}/bodies`)).length > 0)
    return 'governance already there';
  const programme = await api.get<ProgrammeDto>('coordinator', `/partners/programmes/${programmeId}`);
  const { items } = await api.get<{ items: MembershipDto[] }>(
    'coordinator',
    `/partners/programmes/${programmeId}/members?limit=100`,
  );
  const org = (name: string) =>
    items.find((member) => member.organisationName.startsWith(name))?.organisationId;
  const governed: Governed = { api, base, goalId: programme.goals[0]?.id, org };
  const steering = await bodies(governed);
  const last = await meetings(governed, steering.id);
  await decisionsAndItems(governed, last.id);
  return 'governance: 2 bodies, 2 meetings (one with minutes), 2 decisions, 2 action items';
}
