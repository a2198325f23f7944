import type { MembershipDto } from '@samvirke/contracts';
import type { Principal } from '../auth/session.js';
import { glossary } from '../i18n/terms.js';

export interface FunderChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * The foundations the user may commit funding or open calls for, as the grants service decides it:
 * a foundation officer acts for their own foundations that fund the programme, a platform admin for
 * any of its funders; everybody else for none (and sees no such controls).
 */
export function funderChoices(
  principal: Pick<Principal, 'roles' | 'organisations'>,
  members: readonly Pick<MembershipDto, 'organisationId' | 'organisationName' | 'roles' | 'leftOn'>[],
): FunderChoice[] {
  const funders = members.filter((member) => member.roles.includes('funder') && member.leftOn === null);
  const admin = principal.roles.includes('platform-admin');
  const officer = principal.roles.includes('foundation-officer');
  return funders
    .filter((member) => admin || (officer && principal.organisations.includes(member.organisationId)))
    .map((member) => ({ id: member.organisationId, name: member.organisationName }));
}

/** Organisation types, as a call names whom it is for. */
export const organisationTypeName = glossary({
  foundation: ['Fonde', 'Foundations'],
  municipality: ['Kommuner', 'Municipalities'],
  region: ['Regioner', 'Regions'],
  ngo: ['Foreninger og NGO’er', 'NGOs and associations'],
  company: ['Virksomheder', 'Companies'],
  'knowledge-institution': ['Videninstitutioner', 'Knowledge institutions'],
  other: ['Andre', 'Others'],
});
