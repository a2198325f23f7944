import type { OrganisationRegisteredV1, OrganisationUpdatedV1 } from '@samvirke/contracts';

/** Grants' own column of an organisation beside the common directory row: its CVR number. */
export interface OrganisationCvr {
  readonly organisationId: string;
  readonly cvr: string | null;
}

/**
 * What grants keeps of an organisation event: its CVR as the event states it. Both events carry
 * the whole new state, so a null CVR is one the organisation no longer has and replaces the one
 * kept.
 */
export function organisationCvr(
  event: Pick<OrganisationRegisteredV1 | OrganisationUpdatedV1, 'organisationId' | 'cvr'>,
): OrganisationCvr {
  return { organisationId: event.organisationId, cvr: event.cvr };
}
