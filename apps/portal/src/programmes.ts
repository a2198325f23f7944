import type { MembershipDto, Page as PageOf, ProgrammeDto } from '@samvirke/contracts';
import type { ApiClient } from './api/client.js';
import type { Principal } from './auth/session.js';
import type { Crumb } from './components/page.js';

export function loadProgramme(api: ApiClient, id: string): Promise<ProgrammeDto> {
  return api.get<ProgrammeDto>(`/partners/programmes/${id}`);
}

export async function loadMembers(api: ApiClient, programmeId: string): Promise<MembershipDto[]> {
  const page = await api.get<PageOf<MembershipDto>>(`/partners/programmes/${programmeId}/members?limit=200`);
  return page.items;
}

export function can(principal: Principal, what: 'report' | 'approve' | 'see-funding'): boolean {
  switch (what) {
    case 'report':
      return principal.roles.includes('reporter');
    case 'approve':
      return principal.roles.includes('backbone-coordinator') || principal.roles.includes('platform-admin');
    // The service narrows it to the programme's funders' officers and its own backbone.
    case 'see-funding':
      return principal.roles.some(
        (role) =>
          role === 'foundation-officer' || role === 'backbone-coordinator' || role === 'platform-admin',
      );
  }
}

/** A programme's sub-pages, for its local navigation. */
export function programmeLinks(
  t: (da: string, en: string) => string,
  principal: Principal,
  id: string,
): { href: string; label: string }[] {
  return [
    { href: `/programmes/${id}`, label: t('Oversigt', 'Overview') },
    ...(can(principal, 'report')
      ? [
          { href: `/programmes/${id}/reporting`, label: t('Indberetning', 'Reporting') },
          {
            href: `/programmes/${id}/municipal-approvals`,
            label: t('Kommunens godkendelser', "Municipality's approvals"),
          },
        ]
      : []),
    ...(can(principal, 'approve')
      ? [{ href: `/programmes/${id}/approvals`, label: t('Godkendelser', 'Approvals') }]
      : []),
    { href: `/programmes/${id}/announcements`, label: t('Opslag', 'Announcements') },
    { href: `/programmes/${id}/governance`, label: t('Styring', 'Governance') },
    { href: `/programmes/${id}/health-check`, label: t('Sundhedstjek', 'Health check') },
    { href: `/programmes/${id}/progress`, label: t('Fremdrift', 'Progress') },
    { href: `/programmes/${id}/scorecard`, label: t('Scorecard', 'Scorecard') },
    { href: `/programmes/${id}/learning`, label: t('Læringslog', 'Learning log') },
    { href: `/programmes/${id}/regions`, label: t('Regioner', 'Regions') },
    { href: `/programmes/${id}/breakdowns`, label: t('Opdelinger', 'Breakdowns') },
    { href: `/programmes/${id}/analysis`, label: t('Analyse', 'Analysis') },
    ...(can(principal, 'approve')
      ? [{ href: `/programmes/${id}/timeliness`, label: t('Rettidighed', 'Timeliness') }]
      : []),
    ...(can(principal, 'see-funding')
      ? [{ href: `/programmes/${id}/funding`, label: t('Finansiering', 'Funding') }]
      : []),
    { href: `/programmes/${id}/calls`, label: t('Ansøgningsrunder', 'Grant calls') },
  ];
}

/**
 * The heading of one of a programme's pages: the page's name with the programme's once it is
 * loaded ("Fremdrift – Bryd den negative sociale arv"), and the way back through the programme.
 */
export function programmeHeading(
  t: (da: string, en: string) => string,
  section: string,
  programme: Pick<ProgrammeDto, 'id' | 'name'> | undefined,
): { title: string; crumbs: Crumb[] } {
  const home = { href: '/', label: t('Programmer', 'Programmes') };
  if (!programme) return { title: section, crumbs: [home] };
  return {
    title: `${section} – ${programme.name}`,
    crumbs: [home, { href: `/programmes/${programme.id}`, label: programme.name }],
  };
}
