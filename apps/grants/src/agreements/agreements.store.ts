import type { EntityManager } from 'typeorm';
import { findOrganisation } from '@samvirke/directory';
import type { Acceptance } from './agreements.rules.js';

interface AcceptanceRow {
  version: number;
  terms_sha256: string;
  accepted_at: Date;
  accepted_by: string;
}

/** The grantee's acceptances of award agreements, one per award and version, never changed. */
export class AgreementsStore {
  constructor(private readonly manager: EntityManager) {}

  async acceptance(awardId: string, version: number): Promise<Acceptance | undefined> {
    const [row] = await this.manager.query<AcceptanceRow[]>(
      `SELECT version, terms_sha256, accepted_at, accepted_by FROM agreement_acceptance
        WHERE award_id = $1 AND version = $2`,
      [awardId, version],
    );
    return row && toAcceptance(row);
  }

  /** The agreement's current version: 1, and one more for each applied amendment of the award. */
  async version(awardId: string): Promise<number> {
    const [row] = await this.manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM award_amendment WHERE award_id = $1 AND status = 'applied'`,
      [awardId],
    );
    return 1 + (row?.n ?? 0);
  }

  /** Records the acceptance; when one of this version is there already (a race), keeps the first. */
  async accept(awardId: string, acceptance: Omit<Acceptance, 'acceptedAt'>): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `INSERT INTO agreement_acceptance (award_id, version, terms_sha256, accepted_by)
       VALUES ($1, $2, $3, $4) ON CONFLICT (award_id, version) DO NOTHING RETURNING award_id`,
      [awardId, acceptance.version, acceptance.termsSha256, acceptance.acceptedBy],
    );
    return rows.length > 0;
  }

  /** The organisations' names as grants knows them from partners' events (the id while it does not). */
  async names(organisationIds: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const id of new Set(organisationIds))
      names.set(id, (await findOrganisation(this.manager, id))?.name ?? id);
    return names;
  }
}

function toAcceptance(row: AcceptanceRow): Acceptance {
  return {
    version: row.version,
    termsSha256: row.terms_sha256,
    acceptedAt: row.accepted_at.toISOString(),
    acceptedBy: row.accepted_by,
  };
}
