import type { EntityManager } from 'typeorm';
import type { CommitFunding, FundingCommitmentDto } from '@samvirke/contracts';
import { ore } from '../access/grants-access.js';
import type { FunderFigures } from './funding.rules.js';

interface CommitmentRow {
  id: string;
  programme_id: string;
  funder_organisation_id: string;
  amount_ore: string;
  period_start: string;
  period_end: string;
  committed_at: Date;
}

const SELECT_COMMITMENT = `SELECT id, programme_id, funder_organisation_id, amount_ore, period_start::text AS period_start,
  period_end::text AS period_end, committed_at FROM funding_commitment`;

function toCommitmentDto(row: CommitmentRow): FundingCommitmentDto {
  return {
    id: row.id,
    programmeId: row.programme_id,
    funderOrganisationId: row.funder_organisation_id,
    amountOre: ore(row.amount_ore),
    periodStart: row.period_start,
    periodEnd: row.period_end,
    committedAt: row.committed_at.toISOString(),
  };
}

/** Foundations' funding commitments to programmes, and what of them is awarded and paid. */
export class FundingStore {
  constructor(private readonly manager: EntityManager) {}

  async insertCommitment(
    id: string,
    programmeId: string,
    command: CommitFunding,
    committedBy: string,
  ): Promise<FundingCommitmentDto> {
    await this.manager.query(
      `INSERT INTO funding_commitment (id, programme_id, funder_organisation_id, amount_ore, period_start, period_end, committed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        programmeId,
        command.funderOrganisationId,
        command.amountOre,
        command.periodStart,
        command.periodEnd,
        committedBy,
      ],
    );
    const [row] = await this.manager.query<CommitmentRow[]>(`${SELECT_COMMITMENT} WHERE id = $1`, [id]);
    if (!row) throw new Error('commitment vanished');
    return toCommitmentDto(row);
  }

  async commitments(programmeId: string): Promise<FundingCommitmentDto[]> {
    const rows = await this.manager.query<CommitmentRow[]>(
      `${SELECT_COMMITMENT} WHERE programme_id = $1 ORDER BY committed_at, id`,
      [programmeId],
    );
    return rows.map(toCommitmentDto);
  }

  /**
   * Each funder's committed, awarded and paid money in a programme. A pending award's shares count
   * as awarded (reserved) until a co-funder declines, so no commitment is promised twice. Money that
   * came back to a funder (refund, claw-back) is no longer awarded: its remaining commitment is restored.
   */
  async figures(programmeId: string): Promise<Map<string, FunderFigures>> {
    const rows = await this.manager.query<
      { funder: string; committed: string; awarded: string; paid: string }[]
    >(
      `WITH c AS (SELECT funder_organisation_id AS funder, sum(amount_ore) AS amount FROM funding_commitment
                   WHERE programme_id = $1 GROUP BY 1),
            a AS (SELECT funder, sum(amount) AS amount FROM (
                    SELECT s.funder_organisation_id AS funder, s.amount_ore AS amount
                      FROM award_share s JOIN award w ON w.id = s.award_id
                     WHERE w.programme_id = $1 AND w.status <> 'declined'
                    UNION ALL
                    SELECT r.funder_organisation_id, -r.amount_ore
                      FROM award_refund r JOIN award w ON w.id = r.award_id WHERE w.programme_id = $1) x GROUP BY 1),
            p AS (SELECT s.funder_organisation_id AS funder, sum(s.amount_ore) AS amount
                    FROM tranche_share s JOIN tranche t ON t.id = s.tranche_id JOIN award w ON w.id = t.award_id
                   WHERE w.programme_id = $1 AND s.paid_at IS NOT NULL GROUP BY 1)
       SELECT f.funder, coalesce(c.amount, 0)::text AS committed, coalesce(a.amount, 0)::text AS awarded,
              coalesce(p.amount, 0)::text AS paid
         FROM (SELECT funder FROM c UNION SELECT funder FROM a) f
         LEFT JOIN c ON c.funder = f.funder LEFT JOIN a ON a.funder = f.funder LEFT JOIN p ON p.funder = f.funder
        ORDER BY f.funder`,
      [programmeId],
    );
    return new Map(
      rows.map((row) => [
        row.funder,
        { committed: ore(row.committed), awarded: ore(row.awarded), paid: ore(row.paid) },
      ]),
    );
  }

  async organisationNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.manager.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM known_organisation WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
