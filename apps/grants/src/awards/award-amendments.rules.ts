import type {
  AmendmentDto,
  AmendmentTerms,
  AwardDto,
  ProblemFieldError,
  AwardRefundRecordedV1,
  RecordRefund,
  RefundDto,
  TrancheDto,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { remainingCommitment, type FunderFigures } from '../funding/funding.rules.js';
import { splitTranches } from './awards.rules.js';

/** A tranche is open while no funder has paid a part of it: only open tranches are amended. */
export function isOpen(tranche: TrancheDto): boolean {
  return tranche.status !== 'paid' && tranche.shares.every((share) => share.paidAt === null);
}

/** Each funder's parts of the tranches that stay as they are (paid or part-paid). */
export function keptParts(award: AwardDto): Map<string, number> {
  const kept = new Map<string, number>();
  for (const tranche of award.tranches.filter((t) => !isOpen(t)))
    for (const share of tranche.shares)
      kept.set(share.funderOrganisationId, (kept.get(share.funderOrganisationId) ?? 0) + share.amountOre);
  return kept;
}

/** The award's amendable terms today: amount, shares, conditions and its open tranches. */
export function currentTerms(award: AwardDto): AmendmentTerms {
  const keyOf = new Map(award.conditions.map((condition) => [condition.id, condition.key]));
  return {
    amountOre: award.amountOre,
    shares: award.shares.map(({ funderOrganisationId, amountOre }) => ({ funderOrganisationId, amountOre })),
    conditions: award.conditions.map(({ key, indicatorCode, period }) => ({ key, indicatorCode, period })),
    tranches: award.tranches.filter(isOpen).map((tranche) => ({
      amountOre: tranche.amountOre,
      earliestDate: tranche.earliestDate,
      conditions: tranche.conditionIds.map((id) => keyOf.get(id) ?? id),
      awaitsReport: tranche.awaitsReport,
      awaitsAgreement: tranche.awaitsAgreement,
    })),
  };
}

/** The co-funders (not the awarding foundation) whose share the new terms change, added or removed. */
export function approversOf(award: AwardDto, terms: AmendmentTerms): string[] {
  const before = new Map(award.shares.map((share) => [share.funderOrganisationId, share.amountOre]));
  const after = new Map(terms.shares.map((share) => [share.funderOrganisationId, share.amountOre]));
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((funder) => funder !== award.awardingOrganisationId)
    .filter((funder) => (before.get(funder) ?? 0) !== (after.get(funder) ?? 0))
    .sort();
}

/** What new terms are checked against: the funders' money and the call's budget. */
export interface AmendmentLimits {
  figures: ReadonlyMap<string, FunderFigures>;
  currentFunders: ReadonlySet<string>;
  callLeftOre: number;
}

/**
 * Shares summing to the amount, each funder distinct, a current funder where its share grows, the
 * growth within its remaining commitment, no share below what that funder has in paid tranches;
 * distinct condition keys named by the tranches; paid and open tranches summing to the amount; the
 * growth of the award within what is left of the call's budget.
 */
export function amendmentErrors(
  award: AwardDto,
  terms: AmendmentTerms,
  limits: AmendmentLimits,
): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const growth = terms.amountOre - award.amountOre;
  if (growth > limits.callLeftOre)
    errors.push({
      pointer: '/amountOre',
      detail: `grows the award by ${growth} øre; ${limits.callLeftOre} øre is left of the call's budget`,
    });
  const shareSum = terms.shares.reduce((sum, share) => sum + share.amountOre, 0);
  if (shareSum !== terms.amountOre)
    errors.push({
      pointer: '/shares',
      detail: `the shares sum to ${shareSum} øre, the award is ${terms.amountOre} øre`,
    });
  errors.push(...shareErrors(award, terms, limits), ...scheduleErrors(award, terms));
  return errors;
}

function shareErrors(award: AwardDto, terms: AmendmentTerms, limits: AmendmentLimits): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const before = new Map(award.shares.map((share) => [share.funderOrganisationId, share.amountOre]));
  const kept = keptParts(award);
  const seen = new Set<string>();
  terms.shares.forEach((share, index) => {
    const pointer = `/shares/${index}`;
    const funder = share.funderOrganisationId;
    if (seen.has(funder))
      return void errors.push({ pointer: `${pointer}/funderOrganisationId`, detail: 'appears twice' });
    seen.add(funder);
    const growth = share.amountOre - (before.get(funder) ?? 0);
    const figures = limits.figures.get(funder);
    if (growth > 0 && (!figures || !limits.currentFunders.has(funder)))
      errors.push({
        pointer: `${pointer}/funderOrganisationId`,
        detail: 'has no funding commitment to this programme',
      });
    else if (figures && growth > remainingCommitment(figures))
      errors.push({
        pointer: `${pointer}/amountOre`,
        detail: `grows by ${growth} øre, beyond the funder's remaining commitment of ${remainingCommitment(figures)} øre`,
      });
    if (share.amountOre < (kept.get(funder) ?? 0))
      errors.push({
        pointer: `${pointer}/amountOre`,
        detail: `is below the ${kept.get(funder)} øre this funder has in paid tranches`,
      });
  });
  for (const [funder, amount] of kept)
    if (amount > 0 && !seen.has(funder))
      errors.push({
        pointer: '/shares',
        detail: `leaves out ${funder}, which has ${amount} øre in paid tranches`,
      });
  return errors;
}

function scheduleErrors(award: AwardDto, terms: AmendmentTerms): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const keys = new Set<string>();
  terms.conditions.forEach((condition, index) => {
    if (keys.has(condition.key))
      errors.push({ pointer: `/conditions/${index}/key`, detail: 'appears twice' });
    keys.add(condition.key);
  });
  const paid = award.tranches.filter((t) => !isOpen(t)).reduce((sum, t) => sum + t.amountOre, 0);
  const open = terms.tranches.reduce((sum, tranche) => sum + tranche.amountOre, 0);
  if (paid + open !== terms.amountOre)
    errors.push({
      pointer: '/tranches',
      detail: `the paid tranches (${paid} øre) and the open ones (${open} øre) sum to ${paid + open} øre, the award is ${terms.amountOre} øre`,
    });
  terms.tranches.forEach((tranche, t) =>
    tranche.conditions.forEach((key, c) => {
      if (!keys.has(key))
        errors.push({ pointer: `/tranches/${t}/conditions/${c}`, detail: `no condition with key "${key}"` });
    }),
  );
  return errors;
}

/** Amendments are of made awards, one at a time. */
export function requireAmendable(award: AwardDto, pendingAmendmentId: string | undefined): void {
  if (award.status !== 'awarded')
    throw new DomainError('conflict', `The award is ${award.status}: only a made award is amended.`);
  if (pendingAmendmentId)
    throw new DomainError(
      'conflict',
      `Amendment ${pendingAmendmentId} of this award awaits its co-funders' approval.`,
    );
}

/** What is left to come back to a funder: what it has paid of the award less what came back already. */
export function refundErrors(
  award: AwardDto,
  command: RecordRefund,
  refundedOre: number,
): ProblemFieldError[] {
  if (!award.shares.some((share) => share.funderOrganisationId === command.funderOrganisationId))
    return [{ pointer: '/funderOrganisationId', detail: 'has no share of this award' }];
  const paid = award.tranches
    .flatMap((tranche) => tranche.shares)
    .filter((share) => share.funderOrganisationId === command.funderOrganisationId && share.paidAt !== null)
    .reduce((sum, share) => sum + share.amountOre, 0);
  const left = paid - refundedOre;
  return command.amountOre > left
    ? [{ pointer: '/amountOre', detail: `exceeds the ${left} øre this funder has paid and not had back` }]
    : [];
}

/** Each new open tranche's parts: what each funder has left of its share beyond its paid tranches. */
export function openTrancheParts(award: AwardDto, terms: AmendmentTerms): number[][] {
  const kept = keptParts(award);
  const remaining = terms.shares.map((share) => ({
    funderOrganisationId: share.funderOrganisationId,
    amountOre: share.amountOre - (kept.get(share.funderOrganisationId) ?? 0),
  }));
  return splitTranches(
    remaining,
    terms.tranches.map((tranche) => tranche.amountOre),
  );
}

/** A pending amendment awaiting this co-funder's answer (approve or decline), given by an officer of that very funder. */
export function requireApprovable(amendment: AmendmentDto, funderId: string, officerOfFunder: boolean): void {
  if (!officerOfFunder)
    throw new DomainError(
      'forbidden',
      'Only an officer of the co-funder whose share changes answers for it.',
    );
  if (amendment.status !== 'pending')
    throw new DomainError('conflict', `The amendment is ${amendment.status}.`);
  const approval = amendment.approvals.find((candidate) => candidate.funderOrganisationId === funderId);
  if (!approval)
    throw new DomainError('conflict', "This funder's share does not change: its approval is not needed.");
  if (approval.approvedAt)
    throw new DomainError('conflict', 'This funder has approved the amendment already.');
}

/** Who records money back: officers of that funder or of the awarding foundation, or a platform admin. */
export function requireRefundRecorder(
  award: AwardDto,
  funderId: string,
  admin: boolean,
  mine: readonly string[],
): void {
  if (!admin && !mine.includes(funderId) && !mine.includes(award.awardingOrganisationId))
    throw new DomainError(
      'forbidden',
      'Only officers of the funder or of the awarding foundation (or a platform admin) record money that came back.',
    );
  if (award.status !== 'awarded')
    throw new DomainError('conflict', `The award is ${award.status}: nothing of it was paid.`);
}

/** What award-refund.recorded tells. */
export function refundEvent(award: AwardDto, refund: RefundDto): AwardRefundRecordedV1 {
  return {
    refundId: refund.id,
    awardId: award.id,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    funderOrganisationId: refund.funderOrganisationId,
    title: award.title,
    kind: refund.kind,
    amountOre: refund.amountOre,
    receivedOn: refund.receivedOn,
    reference: refund.reference,
    recordedAt: refund.recordedAt,
  };
}
