/**
 * The co-funding consent rows of the authorisation matrix (see authorisation-matrix.table.ts), and
 * the data they need: Bikubenfonden joins the own programme as a funder, and København has two
 * pending awards there. `asked`: Bikubenfonden's call awards it with a share of Helsefonden's
 * commitment, which Helsefonden's officer (the matrix's foundation officer) answers for. `awarding`:
 * a Helsefonden call awards it with a share of Bikubenfonden's, which Helsefonden — the awarding
 * foundation — may not confirm or decline for Bikubenfonden (403).
 */
import { DEMO_ORGANISATIONS, waitFor, type DEMO_USERS } from '@samvirke/testing';
import { ALLOW, FORBID, type MatrixRow, type MatrixWorld } from './authorisation-matrix.types.js';
import { call } from './authorisation-matrix.worlds.js';

export interface ConsentWorld {
  /** The pending award with Helsefonden's share to answer. */
  readonly asked: string;
  /** The pending award Helsefonden made, with Bikubenfonden's share. */
  readonly awarding: string;
}

type User = keyof typeof DEMO_USERS;

export async function buildConsentWorld(gateway: string, programmeId: string): Promise<ConsentWorld> {
  const grants = (user: User, method: string, path: string, body?: unknown) =>
    call(gateway, user, method, `/api/grants${path}`, body);
  const { helsefonden, bikubenfonden, kobenhavn } = DEMO_ORGANISATIONS;
  await call(gateway, 'helsefonden', 'POST', `/api/partners/programmes/${programmeId}/members`, {
    organisationId: bikubenfonden.id,
    roles: ['funder'],
  });
  await waitFor('grants to know Bikubenfonden as a funder', async () => {
    try {
      await grants('bikubenfonden', 'POST', `/programmes/${programmeId}/commitments`, {
        funderOrganisationId: bikubenfonden.id,
        amountOre: 10_000_000,
        periodStart: '2026-01-01',
        periodEnd: '2027-12-31',
      });
      return true;
    } catch {
      return false;
    }
  });
  const pendingAward = async (officer: User, awarding: string, coFunder: string): Promise<string> => {
    const call = await grants(officer, 'POST', `/programmes/${programmeId}/calls`, {
      funderOrganisationId: awarding,
      title: 'Fælles indsats',
      budgetOre: 5_000_000,
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      eligibleOrganisationTypes: ['municipality'],
      criteria: [{ name: 'Effekt', weight: 1 }],
    });
    const application = await grants(
      'reporterKobenhavn',
      'POST',
      `/calls/${call['id'] as string}/applications`,
      {
        applicantOrganisationId: kobenhavn.id,
        title: 'Fælles lektiecafé',
        description: 'Lektiehjælp i to skoler.',
        requestedAmountOre: 100_000,
        budgetLines: [{ category: 'Løn', amountOre: 100_000 }],
      },
    );
    const applicationId = application['id'] as string;
    await grants('reporterKobenhavn', 'POST', `/applications/${applicationId}/submit`);
    const award = await grants(officer, 'POST', `/applications/${applicationId}/award`, {
      amountOre: 100_000,
      shares: [
        { funderOrganisationId: awarding, amountOre: 60_000 },
        { funderOrganisationId: coFunder, amountOre: 40_000 },
      ],
      tranches: [{ amountOre: 100_000, earliestDate: '2026-01-01' }],
    });
    if (award['status'] !== 'pending') throw new Error(`expected a pending award: ${JSON.stringify(award)}`);
    return award['id'] as string;
  };
  return {
    asked: await pendingAward('bikubenfonden', bikubenfonden.id, helsefonden.id),
    awarding: await pendingAward('helsefonden', helsefonden.id, bikubenfonden.id),
  };
}

function consent(world: MatrixWorld): ConsentWorld {
  if (!world.consent) throw new Error('the matrix world has no consent part (is grants running?)');
  return world.consent;
}

/**
 * Only an officer of the share's own foundation answers for it: platform admins and every other role
 * are refused by @Roles (403); Helsefonden's officer answers for Helsefonden's share (own) but not,
 * as the awarding foundation, for Bikubenfonden's (other, 403).
 */
const SHARE_FUNDER = {
  'platform-admin': [FORBID, FORBID],
  'foundation-officer': [ALLOW, FORBID],
  'backbone-coordinator': [FORBID, FORBID],
  reporter: [FORBID, FORBID],
  'partner-member': [FORBID, FORBID],
  integration: [FORBID, FORBID],
} as const;

export const CONSENT_MATRIX: Readonly<Record<string, MatrixRow>> = {
  confirmAwardShare: {
    request: (world, scope, caller) => ({
      params:
        scope === 'own'
          ? { awardId: consent(world).asked, funderOrganisationId: caller.organisationId }
          : { awardId: consent(world).awarding, funderOrganisationId: DEMO_ORGANISATIONS.bikubenfonden.id },
    }),
    expect: SHARE_FUNDER,
    // Confirmed once; answered already (409) afterwards.
    allowed: [200, 409],
  },
  declineAwardShare: {
    request: (world, scope, caller) => ({
      params:
        scope === 'own'
          ? { awardId: consent(world).asked, funderOrganisationId: caller.organisationId }
          : { awardId: consent(world).awarding, funderOrganisationId: DEMO_ORGANISATIONS.bikubenfonden.id },
      body: { reason: 'Uden for vores strategi.' },
    }),
    expect: SHARE_FUNDER,
    allowed: [200, 409],
  },
};
