import type {
  GrantAwardedV1,
  PaymentRecordedV1,
  PublicPaymentRecordedV1,
  PublicPaymentRecordedV2,
  PublicTrancheEligibleV1,
  PublicTrancheEligibleV2,
  TrancheEligibleV1,
  OrganisationRegisteredV1,
  ProgrammeCreatedV1,
  ProgressUpdatedV1,
  PublicGrantAwardedV1,
  PublicOrganisationRegisteredV1,
  PublicProgrammeCreatedV1,
  PublicProgressUpdatedV1,
  PublicReportingPeriodOpenedV1,
  ReportingPeriodOpenedV1,
} from '@samvirke/contracts';

/**
 * The public payloads made from internal events: each copies only the fields of the public
 * contract (organisations, programmes, periods, amounts; never people, never figures that could
 * be small counts).
 */
export function publicOrganisation(
  data: Omit<OrganisationRegisteredV1, 'registeredAt'>,
  archived: boolean,
): PublicOrganisationRegisteredV1 {
  return {
    organisationId: data.organisationId,
    name: data.name,
    type: data.type,
    cvr: data.cvr,
    kommunekode: data.kommunekode,
    archived,
  };
}

export function publicProgramme(data: ProgrammeCreatedV1): PublicProgrammeCreatedV1 {
  return {
    programmeId: data.programmeId,
    slug: data.slug,
    name: data.name,
    status: data.status,
    startDate: data.startDate,
    endDate: data.endDate,
    backboneOrganisationId: data.backboneOrganisationId,
    goals: data.goals.map((goal) => ({ goalId: goal.id, title: goal.title, position: goal.position })),
    themes: data.themes,
  };
}

export function publicPeriod(data: ReportingPeriodOpenedV1): PublicReportingPeriodOpenedV1 {
  return {
    periodId: data.periodId,
    programmeId: data.programmeId,
    frequency: data.frequency,
    period: data.period,
    dueDate: data.dueDate,
  };
}

export function publicProgress(data: ProgressUpdatedV1): PublicProgressUpdatedV1 {
  return { programmeId: data.programmeId, period: data.period, indicatorCodes: data.indicatorCodes };
}

export function publicGrantAward(data: GrantAwardedV1): PublicGrantAwardedV1 {
  return {
    awardId: data.awardId,
    programmeId: data.programmeId,
    granteeOrganisationId: data.granteeOrganisationId,
    amountOre: data.amountOre,
    funders: data.shares.map((share) => ({
      funderOrganisationId: share.funderOrganisationId,
      amountOre: share.amountOre,
    })),
    awardedAt: data.awardedAt,
  };
}

/**
 * For the funders' ERP; none for a tranche.eligible recorded before grants added the payment facts
 * (no CVR numbers or due date to give).
 */
export function publicTrancheEligible(data: TrancheEligibleV1): PublicTrancheEligibleV1 | undefined {
  if (!data.payment) return undefined;
  return {
    trancheId: data.trancheId,
    awardId: data.awardId,
    programmeId: data.programmeId,
    granteeOrganisationId: data.granteeOrganisationId,
    granteeCvr: data.payment.granteeCvr,
    amountOre: data.amountOre,
    funders: data.payment.parts.map((part) => ({
      funderOrganisationId: part.funderOrganisationId,
      funderCvr: part.funderCvr,
      amountOre: part.amountOre,
    })),
    earliestDate: data.earliestDate,
    dueDate: data.payment.dueDate,
    eligibleAt: data.eligibleAt,
  };
}

/** The payment reference stays out: free text typed by a person. */
export function publicPaymentRecorded(data: PaymentRecordedV1): PublicPaymentRecordedV1 {
  return {
    trancheId: data.trancheId,
    awardId: data.awardId,
    programmeId: data.programmeId,
    funderOrganisationId: data.funderOrganisationId,
    funderCvr: data.funderCvr,
    granteeOrganisationId: data.granteeOrganisationId,
    granteeCvr: data.granteeCvr,
    amountOre: data.amountOre,
    dueDate: data.dueDate,
    paidAt: data.paidAt,
    tranchePaid: data.tranchePaid,
  };
}

/** v2 names every grantee with its part; only from events that carry the grantees (none before v2). */
export function publicTrancheEligibleToGrantees(
  data: TrancheEligibleV1,
): PublicTrancheEligibleV2 | undefined {
  const v1 = publicTrancheEligible(data);
  if (!v1 || !data.payment?.grantees) return undefined;
  const { granteeOrganisationId, granteeCvr: _cvr, ...rest } = v1;
  return { ...rest, leadOrganisationId: granteeOrganisationId, grantees: data.payment.grantees };
}

/** v2 names whom the funder's part paid, each grantee with its CVR and amount. */
export function publicPaymentRecordedToGrantees(
  data: PaymentRecordedV1,
): PublicPaymentRecordedV2 | undefined {
  if (!data.grantees) return undefined;
  const { granteeOrganisationId, granteeCvr: _cvr, ...rest } = publicPaymentRecorded(data);
  return { ...rest, leadOrganisationId: granteeOrganisationId, grantees: data.grantees };
}
