import type {
  MembershipDto,
  OpenCallDto,
  OrganisationDto,
  OwnApplicationDto,
  Page as PageOf,
  ProgrammeDto,
  ProgrammeIndicatorDto,
} from '@samvirke/contracts';
import { ApiError, type ApiClient } from '../api/client.js';
import { loadMembers } from '../programmes.js';

/**
 * Organisation names by id, from the members of the given programmes, and one by one for the
 * organisations given that are not members (an applicant from outside the programme).
 */
export async function organisationNames(
  api: ApiClient,
  programmeIds: readonly string[],
  organisationIds: readonly string[] = [],
): Promise<Map<string, string>> {
  const lists = await Promise.all(
    programmeIds.map((id) => loadMembers(api, id).catch((): MembershipDto[] => [])),
  );
  const names = new Map(lists.flat().map((member) => [member.organisationId, member.organisationName]));
  const missing = [...new Set(organisationIds)].filter((id) => !names.has(id));
  const found = await Promise.all(
    missing.map((id) => api.get<OrganisationDto>(`/partners/organisations/${id}`).catch(() => undefined)),
  );
  for (const organisation of found) if (organisation) names.set(organisation.id, organisation.name);
  return names;
}

export async function myProgrammes(api: ApiClient): Promise<ProgrammeDto[]> {
  return (await api.get<PageOf<ProgrammeDto>>('/partners/programmes?limit=200')).items;
}

/** A list the caller may not see comes back empty rather than failing the page. */
export async function orEmpty<T>(load: Promise<T[]>): Promise<T[]> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return [];
    throw error;
  }
}

/** The open calls, in any programme, that one of the user's organisations may apply to. */
export function loadOpenCalls(api: ApiClient): Promise<OpenCallDto[]> {
  return api.get<OpenCallDto[]>('/grants/calls');
}

/** The user's organisations' applications in every call, newest change first. */
export function loadOwnApplications(api: ApiClient): Promise<OwnApplicationDto[]> {
  return api.get<OwnApplicationDto[]>('/grants/applications');
}

/** The grants pages' own tabs. */
export function grantsLinks(
  t: (da: string, en: string) => string,
  principal?: { readonly roles: readonly string[] },
): { href: string; label: string }[] {
  return [
    { href: '/grants', label: t('Oversigt', 'Overview') },
    { href: '/grants/applications', label: t('Mine ansøgninger', 'My applications') },
    // A foundation's grant team: the board view of its calls, decisions and tranches.
    ...(principal?.roles.includes('foundation-officer')
      ? [{ href: '/grants/board', label: t('Bestyrelsesoverblik', 'Board overview') }]
      : []),
  ];
}

/** The indicators the programme tracks (none when the user may not see them): what award conditions name. */
export function loadProgrammeIndicators(
  api: ApiClient,
  programmeId: string,
): Promise<ProgrammeIndicatorDto[]> {
  return orEmpty(api.get<ProgrammeIndicatorDto[]>(`/measurement/programmes/${programmeId}/indicators`));
}
