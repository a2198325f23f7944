/**
 * Demo data for continuous communication: announcements in "Bryd den negative sociale arv" from
 * its backbone (to every member, and to the data providers) and from Helsefonden (scheduled for
 * next week), one of them read by København's reporter, the welcome with an attached CSV (object
 * storage). An announcement whose title is there already is left as it is. The partner member
 * reads the announcements in a weekly digest on Fridays (notifications' preferences).
 */
import type { AnnouncementAttachmentsDto, AnnouncementDto } from '@samvirke/contracts';
import type { DemoApi, DemoUser } from './demo-api.js';

const SLUG = 'bryd-den-negative-sociale-arv';

interface DemoAnnouncement {
  readonly author: DemoUser;
  readonly title: string;
  readonly body: string;
  readonly roles?: readonly string[];
  /** Days from now; absent: published at once. */
  readonly inDays?: number;
}

const ANNOUNCEMENTS: readonly DemoAnnouncement[] = [
  {
    author: 'coordinator',
    title: 'Velkommen til det nye kvartal',
    body: [
      '## Kære partnere',
      '',
      'Tak for jeres indberetninger i sidste kvartal. Vi har nu **godkendt** de fleste og sendt få tilbage.',
      '',
      '- Styregruppen mødes i næste måned',
      '- Se fremdriften under [Fremdrift](https://samvirke.example/fremdrift)',
    ].join('\n'),
  },
  {
    author: 'coordinator',
    title: 'Ny vejledning til indberetning',
    body: 'Vi har opdateret vejledningen til indberetning af *unge uden uddannelse*. Husk at opdele på køn og alder.',
    roles: ['data-provider'],
  },
  {
    author: 'helsefonden',
    title: 'Helsefonden åbner for ansøgninger om forankring',
    body: 'Helsefonden åbner en ny ansøgningsrunde om **forankring** af de indsatser, der virker. Læs mere, når runden åbner.',
    inDays: 7,
  },
];

export async function loadDemoAnnouncements(
  api: DemoApi,
  programmeIds: ReadonlyMap<string, string>,
): Promise<string> {
  const programmeId = programmeIds.get(SLUG);
  if (!programmeId) throw new Error(`no programme ${SLUG}`);
  const path = `/partners/programmes/${programmeId}/announcements`;
  const existing = new Set((await api.get<AnnouncementDto[]>('coordinator', path)).map((a) => a.title));
  let written = 0;
  for (const announcement of ANNOUNCEMENTS) {
    if (existing.has(announcement.title)) continue;
    const publishAt =
      announcement.inDays === undefined
        ? undefined
        : new Date(Date.now() + announcement.inDays * 86_400_000).toISOString();
    await api.must(announcement.author, 'POST', path, {
      title: announcement.title,
      body: announcement.body,
      audience: { organisationIds: [], roles: announcement.roles ?? [] },
      ...(publishAt ? { publishAt } : {}),
    });
    written += 1;
  }
  // København's reporter has read the welcome (reading again keeps the first time).
  const welcome = (await api.get<AnnouncementDto[]>('reporterKobenhavn', path)).find(
    (a) => a.title === ANNOUNCEMENTS[0]?.title,
  );
  if (welcome) await api.must('reporterKobenhavn', 'POST', `${path}/${welcome.id}/read`);
  if (welcome) await attachOverview(api, `${path}/${welcome.id}/attachments`);
  await api.must('member', 'PUT', '/notifications/preferences', {
    digest: { frequency: 'weekly', weekday: 5 },
    categories: { announcement: { email: 'digest' }, governance: { email: 'digest' } },
  });
  return `${written} announcements written, ${ANNOUNCEMENTS.length - written} already there`;
}

const OVERVIEW = [
  'kommune;indberetninger;godkendt;sendt tilbage',
  'København;12;11;1',
  'Aarhus;9;9;0',
  'Odense;7;6;1',
].join('\n');

/** The quarter's overview as a CSV on the welcome, once. */
async function attachOverview(api: DemoApi, path: string): Promise<void> {
  const { attachments } = await api.get<AnnouncementAttachmentsDto>('coordinator', path);
  if (attachments.length > 0) return;
  await api.upload('coordinator', path, new TextEncoder().encode(`${OVERVIEW}\n`), 'Kvartalsoversigt.csv');
}
