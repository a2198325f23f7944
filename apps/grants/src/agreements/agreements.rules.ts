import { createHash } from 'node:crypto';
import type { AcceptAgreement, AgreementDto, AgreementTerms, AwardDto } from '@samvirke/contracts';
import { isAdmin } from '../access/access.rules.js';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';

/** The agreement's terms, generated from the made award and the names of its parties. */
export function agreementTerms(award: AwardDto, nameOf: (organisationId: string) => string): AgreementTerms {
  const keyOf = new Map(award.conditions.map((condition) => [condition.id, condition.key]));
  return {
    awardId: award.id,
    programmeId: award.programmeId,
    title: award.title,
    amountOre: award.amountOre,
    grantee: { organisationId: award.granteeOrganisationId, name: nameOf(award.granteeOrganisationId) },
    // Only a joint application's agreement names its grantees' parts (a single grantee's terms, and so
    // their digest, stay as they were).
    ...(award.grantees
      ? { partners: award.grantees.map((g) => ({ ...g, name: nameOf(g.organisationId) })) }
      : {}),
    funders: award.shares.map((share) => ({
      organisationId: share.funderOrganisationId,
      name: nameOf(share.funderOrganisationId),
      amountOre: share.amountOre,
    })),
    tranches: award.tranches.map((tranche) => ({
      position: tranche.position,
      amountOre: tranche.amountOre,
      earliestDate: tranche.earliestDate,
      conditions: tranche.conditionIds.map((id) => keyOf.get(id) ?? id),
      awaitsReport: tranche.awaitsReport,
      awaitsAgreement: tranche.awaitsAgreement,
    })),
    reportingDuties: award.conditions.map(({ key, indicatorCode, period }) => ({
      key,
      indicatorCode,
      period,
    })),
  };
}

/** JSON with its object keys in order, so the same terms always give the same bytes. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The SHA-256 of the terms: what an acceptance names, so it binds to exactly these terms. */
export function termsSha256(terms: AgreementTerms): string {
  return createHash('sha256').update(canonicalJson(terms)).digest('hex');
}

export interface Acceptance {
  readonly version: number;
  readonly termsSha256: string;
  readonly acceptedAt: string;
  readonly acceptedBy: string;
}

/**
 * The agreement of `version`: an award's terms are its first version; each applied amendment of the
 * award makes the next one, which the grantee accepts anew.
 */
export function agreementView(
  terms: AgreementTerms,
  acceptance: Acceptance | undefined,
  version = 1,
): AgreementDto {
  return {
    version,
    termsSha256: termsSha256(terms),
    terms,
    status: acceptance ? 'accepted' : 'awaiting-acceptance',
    acceptedAt: acceptance?.acceptedAt ?? null,
    acceptedBy: acceptance?.acceptedBy ?? null,
  };
}

/** An agreement exists once the award is made: not while co-funders decide, nor when one declined. */
export function requireMade(award: AwardDto): void {
  if (award.status !== 'awarded') {
    throw new DomainError('conflict', `The award ${award.id} is ${award.status}: it has no agreement yet.`);
  }
}

/** Only the grantee's own users act as the grantee (accept, report); a platform admin does not act for them. */
export function requireGrantee(
  principal: Principal,
  award: AwardDto,
  action = 'accepts its grant agreement',
): void {
  if (isAdmin(principal) || !principal.organisations.includes(award.granteeOrganisationId)) {
    throw new DomainError('forbidden', `Only the grantee organisation ${action}.`);
  }
}

/** The caller accepts what it read: the current version, with the digest of the current terms. */
export function requireCurrent(agreement: AgreementDto, command: AcceptAgreement): void {
  if (command.version !== agreement.version || command.termsSha256 !== agreement.termsSha256) {
    throw new DomainError(
      'conflict',
      `The agreement is now version ${agreement.version} with terms ${agreement.termsSha256}: read it again before accepting.`,
    );
  }
}
