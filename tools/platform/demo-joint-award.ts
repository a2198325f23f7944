/**
 * The demo's joint award: Bikubenfonden awards Aarhus' joint application with the NGO and
 * København 1,5 mio. kr. in two tranches, split between the three in proportion to their budgets
 * (Aarhus 750.000, the NGO 500.000, København 250.000 kr.). The first tranche waits for nothing and
 * is paid: its tranche.eligible and payment.recorded name all three grantees with their parts; the
 * second waits for a progress report.
 */
import type { AwardDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import type { DemoApi } from './demo-api.js';
import type { AwardContext } from './demo-award.js';
import { nextQuarter, previousQuarter, quarterStart } from './demo-calendar.js';

async function findOrMakeJointAward(api: DemoApi, ctx: AwardContext): Promise<AwardDto> {
  const funder = ctx.call.funder;
  const awards = await api.get<AwardDto[]>(funder, `/grants/programmes/${ctx.programmeId}/awards`);
  const found = awards.find(
    (award) => award.applicationId === ctx.applicationId && award.status !== 'declined',
  );
  if (found) return found;
  const half = ctx.application.amountOre * 0.6;
  return api.must<AwardDto>(funder, 'POST', `/grants/applications/${ctx.applicationId}/award`, {
    amountOre: ctx.application.amountOre,
    title: ctx.application.title,
    shares: [{ funderOrganisationId: DEMO_ORGANISATIONS[funder].id, amountOre: ctx.application.amountOre }],
    tranches: [
      { amountOre: half, earliestDate: quarterStart(previousQuarter(ctx.calendar.openQuarter)) },
      {
        amountOre: ctx.application.amountOre - half,
        earliestDate: quarterStart(nextQuarter(ctx.calendar.openQuarter)),
        awaitsReport: 'progress',
      },
    ],
  });
}

/** Makes the joint award if it is not there and pays its first tranche once released; returns the payments made. */
export async function loadJointAward(api: DemoApi, ctx: AwardContext): Promise<number> {
  const award = await findOrMakeJointAward(api, ctx);
  const first = await waitFor(
    'the joint award’s first tranche to be released',
    async () => {
      const current = await api.get<AwardDto>('admin', `/grants/awards/${award.id}`);
      const tranche = current.tranches.find((candidate) => candidate.position === 1);
      return tranche && tranche.status !== 'pending' ? tranche : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 300 },
  );
  let paid = 0;
  for (const share of first.shares.filter((part) => part.paidAt === null)) {
    await api.must(ctx.call.funder, 'POST', `/grants/awards/${award.id}/tranches/${first.id}/payment`, {
      paymentReference: `BF-${ctx.calendar.today.slice(0, 4)}-F1`,
      funderOrganisationId: share.funderOrganisationId,
    });
    paid += 1;
  }
  return paid;
}
