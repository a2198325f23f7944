import type { MembershipDto, OrganisationDto, Page as PageOf, ProgrammeDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { loadMembers, loadProgramme } from '../programmes.js';

export interface ProgrammeWithMembers {
  readonly programme: ProgrammeDto;
  readonly members: MembershipDto[];
}

export async function loadProgrammeWithMembers(api: ApiClient, id: string): Promise<ProgrammeWithMembers> {
  const [programme, members] = await Promise.all([loadProgramme(api, id), loadMembers(api, id)]);
  return { programme, members };
}

/** The registered organisations that are not archived, by name (the directory any user may read). */
export async function loadActiveOrganisations(api: ApiClient, q = ''): Promise<OrganisationDto[]> {
  const search = q.trim() ? `&q=${encodeURIComponent(q.trim())}` : '';
  const page = await api.get<PageOf<OrganisationDto>>(
    `/partners/organisations?limit=200&archived=false${search}`,
  );
  return page.items;
}

/** The foundations that may fund a programme a platform admin creates, as choices. */
export async function loadFoundationChoices(api: ApiClient): Promise<{ value: string; label: string }[]> {
  const page = await api.get<PageOf<OrganisationDto>>(
    '/partners/organisations?limit=200&archived=false&type=foundation',
  );
  return page.items.map((organisation) => ({ value: organisation.id, label: organisation.name }));
}
