import type {
  AwardDto,
  AwardGrant,
  AwardShareRequestedV1,
  GrantAwardedV1,
  ProblemFieldError,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { remainingCommitment, type FunderFigures } from '../funding/funding.rules.js';

/** What an award is checked against: the request, the call's budget and each funder's money. */
export interface AwardLimits {
  requestedOre: number;
  callLeftOre: number;
  /** Every funder's figures in the programme. */
  figures: ReadonlyMap<string, FunderFigures>;
  /** The shares' foundations that are current funders of the programme. */
  currentFunders: ReadonlySet<string>;
}

/** An application is awarded once submitted and while no earlier award of it awaits its co-funders. */
export function requireAwardable(status: string, pendingAwardId: string | undefined): void {
  if (status !== 'submitted' && status !== 'under-review') {
    throw new DomainError('conflict', `The application is ${status}; it cannot be awarded.`);
  }
  if (pendingAwardId)
    throw new DomainError(
      'conflict',
      `Award ${pendingAwardId} of this application awaits its co-funders' confirmation.`,
    );
}

/**
 * An amount no larger than requested nor than what is left of the call's budget, split across
 * distinct funders within what each has left of its commitment, with distinct condition keys and
 * tranches that sum exactly to the award and name only its conditions.
 */
export function awardErrors(command: AwardGrant, limits: AwardLimits): ProblemFieldError[] {
  return [...amountErrors(command, limits), ...shareErrors(command, limits), ...scheduleErrors(command)];
}

function amountErrors(command: AwardGrant, { requestedOre, callLeftOre }: AwardLimits): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  if (command.amountOre > requestedOre)
    errors.push({ pointer: '/amountOre', detail: `exceeds the requested ${requestedOre} øre` });
  if (command.amountOre > callLeftOre)
    errors.push({
      pointer: '/amountOre',
      detail: `exceeds what is left of the call's budget (${callLeftOre} øre)`,
    });
  const shareSum = command.shares.reduce((sum, share) => sum + share.amountOre, 0);
  if (shareSum !== command.amountOre)
    errors.push({
      pointer: '/shares',
      detail: `the shares sum to ${shareSum} øre, the award is ${command.amountOre} øre`,
    });
  return errors;
}

function shareErrors(command: AwardGrant, { figures, currentFunders }: AwardLimits): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const seen = new Set<string>();
  for (const [index, share] of command.shares.entries()) {
    const pointer = `/shares/${index}`;
    if (seen.has(share.funderOrganisationId)) {
      errors.push({ pointer: `${pointer}/funderOrganisationId`, detail: 'appears twice' });
      continue;
    }
    seen.add(share.funderOrganisationId);
    const funder = figures.get(share.funderOrganisationId);
    if (!funder || !currentFunders.has(share.funderOrganisationId))
      errors.push({
        pointer: `${pointer}/funderOrganisationId`,
        detail: 'has no funding commitment to this programme',
      });
    else if (share.amountOre > remainingCommitment(funder))
      errors.push({
        pointer: `${pointer}/amountOre`,
        detail: `exceeds the funder's remaining commitment of ${remainingCommitment(funder)} øre`,
      });
  }
  return errors;
}

function scheduleErrors(command: AwardGrant): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const keys = new Set<string>();
  command.conditions.forEach((condition, index) => {
    if (keys.has(condition.key))
      errors.push({ pointer: `/conditions/${index}/key`, detail: 'appears twice' });
    keys.add(condition.key);
  });
  const trancheSum = command.tranches.reduce((sum, tranche) => sum + tranche.amountOre, 0);
  if (trancheSum !== command.amountOre)
    errors.push({
      pointer: '/tranches',
      detail: `the tranches sum to ${trancheSum} øre, the award is ${command.amountOre} øre`,
    });
  command.tranches.forEach((tranche, t) =>
    tranche.conditions.forEach((key, c) => {
      if (!keys.has(key))
        errors.push({ pointer: `/tranches/${t}/conditions/${c}`, detail: `no condition with key "${key}"` });
    }),
  );
  return errors;
}

/** The award's title: the one given, else the application's, else a plain "Bevilling". */
export function awardTitle(command: Pick<AwardGrant, 'title'>, applicationTitle: string): string {
  return command.title ?? (applicationTitle || 'Bevilling');
}

/**
 * Spreads each funder's share of an award over the award's tranches, in whole øre, so that every
 * tranche's parts sum to the tranche and every funder's parts sum to its share.
 */
export function splitTranches(
  shares: { funderOrganisationId: string; amountOre: number }[],
  tranches: number[],
): number[][] {
  const award = tranches.reduce((sum, amount) => sum + amount, 0);
  const allocated = shares.map(() => 0);
  const result: number[][] = [];
  tranches.forEach((trancheAmount, index) => {
    if (index === tranches.length - 1) {
      result.push(shares.map((share, f) => share.amountOre - (allocated[f] ?? 0)));
      return;
    }
    const exact = shares.map((share) => (share.amountOre * trancheAmount) / award);
    const parts = exact.map(Math.floor);
    let left = trancheAmount - parts.reduce((sum, part) => sum + part, 0);
    const order = exact.map((value, f) => ({ f, fraction: value - Math.floor(value) }));
    order.sort((a, b) => b.fraction - a.fraction || a.f - b.f);
    for (const { f } of order) {
      if (left === 0) break;
      parts[f] = (parts[f] ?? 0) + 1;
      left -= 1;
    }
    parts.forEach((part, f) => (allocated[f] = (allocated[f] ?? 0) + part));
    result.push(parts);
  });
  return result;
}

/** What grant.awarded tells of a made award. */
export function grantAwardedEvent(award: AwardDto): GrantAwardedV1 {
  return {
    awardId: award.id,
    applicationId: award.applicationId,
    callId: award.callId,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    title: award.title,
    amountOre: award.amountOre,
    shares: award.shares.map((share) => ({
      funderOrganisationId: share.funderOrganisationId,
      amountOre: share.amountOre,
    })),
    conditions: award.conditions.map((c) => ({
      conditionId: c.id,
      indicatorCode: c.indicatorCode,
      period: c.period,
    })),
    tranches: award.tranches.map((t) => ({
      trancheId: t.id,
      amountOre: t.amountOre,
      earliestDate: t.earliestDate,
      conditionIds: t.conditionIds,
    })),
    awardedAt: award.awardedAt,
  };
}

/** What award-share.requested tells a co-funder of the pending award and its share of it. */
export function shareRequestedEvent(
  award: AwardDto,
  share: { funderOrganisationId: string; amountOre: number },
  requestedAt: string,
): AwardShareRequestedV1 {
  return {
    awardId: award.id,
    applicationId: award.applicationId,
    callId: award.callId,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    awardingOrganisationId: award.awardingOrganisationId,
    funderOrganisationId: share.funderOrganisationId,
    amountOre: share.amountOre,
    awardAmountOre: award.amountOre,
    title: award.title,
    requestedAt,
  };
}
