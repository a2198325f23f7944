/**
 * The five demo programmes in partners: each created by its foundation's officer, then its members,
 * activities and status as DEMO_PROGRAMMES has them (by the platform admin). Whatever is there
 * already is kept; what is missing is added.
 */
import type { ActivityDto, MembershipDto, Page, ProgrammeDto } from '@samvirke/contracts';
import type { DemoApi } from './demo-api.js';
import { organisationId } from './demo-organisations.js';
import { DEMO_PROGRAMMES, type DemoProgramme } from './demo-programmes.js';

async function findProgramme(api: DemoApi, programme: DemoProgramme): Promise<ProgrammeDto | undefined> {
  const found = await api.get<Page<ProgrammeDto>>(
    'admin',
    `/partners/programmes?q=${encodeURIComponent(programme.name)}`,
  );
  return found.items.find((item) => item.slug === programme.slug);
}

async function createProgramme(api: DemoApi, programme: DemoProgramme): Promise<ProgrammeDto> {
  return api.must<ProgrammeDto>(programme.creator, 'POST', '/partners/programmes', {
    slug: programme.slug,
    name: programme.name,
    problemStatement: programme.problemStatement,
    vision: programme.vision,
    themes: programme.themes,
    startDate: programme.startDate,
    endDate: programme.endDate,
    backboneOrganisationId: organisationId(programme.backbone),
    goals: programme.goals.map((title) => ({ title })),
  });
}

async function completeProgramme(api: DemoApi, programme: DemoProgramme, found: ProgrammeDto): Promise<void> {
  const path = `/partners/programmes/${found.id}`;
  const members = await api.get<Page<MembershipDto>>('admin', `${path}/members?limit=200`);
  const memberIds = new Set(members.items.map((member) => member.organisationId));
  for (const member of programme.members) {
    const id = organisationId(member.organisation);
    if (!memberIds.has(id))
      await api.must(
        'admin',
        'POST',
        `${path}/members`,
        { organisationId: id, roles: member.roles },
        [201, 409],
      );
  }
  const activities = await api.get<ActivityDto[]>('admin', `${path}/activities`);
  for (const activity of programme.activities) {
    if (activities.some((known) => known.title === activity.title)) continue;
    await api.must('admin', 'POST', `${path}/activities`, {
      organisationId: organisationId(activity.organisation),
      title: activity.title,
      status: activity.status,
      goalIds: activity.goals.map((index) => found.goals[index]?.id),
    });
  }
  if (found.status !== programme.status) await api.must('admin', 'PATCH', path, { status: programme.status });
}

/** Loads the programmes; returns their ids by slug and how many were created. */
export async function loadProgrammes(api: DemoApi): Promise<{ ids: Map<string, string>; created: number }> {
  const ids = new Map<string, string>();
  let created = 0;
  for (const programme of DEMO_PROGRAMMES) {
    let found = await findProgramme(api, programme);
    if (!found) {
      found = await createProgramme(api, programme);
      created += 1;
    }
    await completeProgramme(api, programme, found);
    ids.set(programme.slug, found.id);
  }
  return { ids, created };
}

/** The programme's data providers, as organisation references. */
export function dataProviders(programme: DemoProgramme): DemoProgramme['members'][number]['organisation'][] {
  return programme.members
    .filter((member) => member.roles.includes('data-provider'))
    .map((member) => member.organisation);
}

export function demoProgramme(slug: string): DemoProgramme {
  const programme = DEMO_PROGRAMMES.find((candidate) => candidate.slug === slug);
  if (!programme) throw new Error(`no demo programme ${slug}`);
  return programme;
}
