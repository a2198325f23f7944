import type { ContactAccessGrant, FeedGrant } from '@samvirke/contracts';

/** One integration client on the admin screen: its programmes in the feed and its contact access. */
export interface IntegrationRow {
  readonly clientId: string;
  readonly programmes: number;
  readonly contactAccessSince: string | null;
}

/**
 * Every client a platform admin has granted something (programmes in the feed, or named
 * contacts), by client id: a client with neither is not known to Samvirke, unless the admin has
 * just changed it on this screen (`shown`: it stays, so that a revoke can be undone).
 */
export function integrationRows(
  feedGrants: readonly FeedGrant[],
  contactAccess: readonly ContactAccessGrant[],
  shown: readonly string[] = [],
): IntegrationRow[] {
  const ids = new Set([
    ...feedGrants.map((grant) => grant.clientId),
    ...contactAccess.map((grant) => grant.clientId),
    ...shown,
  ]);
  return [...ids].sort().map((clientId) => ({
    clientId,
    programmes: feedGrants.filter((grant) => grant.clientId === clientId).length,
    contactAccessSince: contactAccess.find((grant) => grant.clientId === clientId)?.grantedAt ?? null,
  }));
}
