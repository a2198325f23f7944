import type { AwardDto } from '@samvirke/contracts';
import { ORG, submittedApplication, type GrantsSuite } from './grants-api.fixture.js';

/** Awards for the grants integration tests: the request, an awarded application, what it published. */

/** 150 mio. øre split 100/50 between Helsefonden and Bikubenfonden; tranche 2 waits for approved Q2 data. */
export const award = (overrides: Record<string, unknown> = {}) => ({
  amountOre: 150_000_000,
  title: 'Ungeindsats i København',
  shares: [
    { funderOrganisationId: ORG.helsefonden.id, amountOre: 100_000_000 },
    { funderOrganisationId: ORG.bikubenfonden.id, amountOre: 50_000_000 },
  ],
  conditions: [{ key: 'q2', indicatorCode: 'hjemloese-unge', period: '2026-Q2' }],
  tranches: [
    { amountOre: 60_000_000, earliestDate: '2026-01-01' },
    { amountOre: 90_000_000, earliestDate: '2026-07-01', conditions: ['q2'] },
  ],
  ...overrides,
});

/** The payloads of a programme's grants events of one type, in outbox order. */
export async function eventsOf(
  ctx: GrantsSuite,
  programmeId: string,
  type: string,
): Promise<Record<string, unknown>[]> {
  const rows = await ctx.db.query<{ payload: Record<string, unknown> }[]>(
    `SELECT payload FROM outbox_message WHERE event_type = $1 AND payload->>'programmeId' = $2 ORDER BY position`,
    [`dk.samvirke.grants.${type}.v1`, programmeId],
  );
  return rows.map((row) => row.payload);
}

/**
 * A new programme with a submitted application, awarded by Helsefonden as award() describes: the
 * award is pending until Bikubenfonden, the co-funder, confirms its share.
 */
export async function proposed(
  ctx: GrantsSuite,
  overrides: Record<string, unknown> = {},
): Promise<{ programmeId: string; award: AwardDto }> {
  const { programmeId } = await ctx.seedProgramme();
  const { applicationId } = await submittedApplication(ctx, programmeId);
  const response = await ctx.call<AwardDto>(
    'helsefonden',
    'POST',
    `/applications/${applicationId}/award`,
    award(overrides),
  );
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return { programmeId, award: response.body };
}

/** As proposed(), with Bikubenfonden's share confirmed by its officer: the award is made. */
export async function awarded(
  ctx: GrantsSuite,
  overrides: Record<string, unknown> = {},
): Promise<{ programmeId: string; award: AwardDto }> {
  const { programmeId, award: pending } = await proposed(ctx, overrides);
  const response = await ctx.call<AwardDto>(
    'bikubenfonden',
    'POST',
    `/awards/${pending.id}/shares/${ORG.bikubenfonden.id}/confirm`,
  );
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return { programmeId, award: response.body };
}

/** The statuses of an award's tranches, as the grantee or a funder sees them. */
export const trancheStatus = async (
  ctx: GrantsSuite,
  awardId: string,
  user: 'kobenhavn' | 'helsefonden' = 'helsefonden',
) =>
  (
    await ctx.call<AwardDto>(
      user === 'kobenhavn' ? 'reporterKobenhavn' : 'helsefonden',
      'GET',
      `/awards/${awardId}`,
    )
  ).body.tranches.map((tranche) => tranche.status);
