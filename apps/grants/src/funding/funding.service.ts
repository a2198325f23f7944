import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  fundingCommittedV1,
  type CommitFunding,
  type FundingCommitmentDto,
  type FundingOverviewDto,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { GrantsAccess, isAdmin, ore } from '../access/grants-access.js';

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

function toDto(row: CommitmentRow): FundingCommitmentDto {
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

/**
 * Each funder's committed, awarded, paid and remaining money in a programme. A pending award's shares
 * count as awarded (reserved) until a co-funder declines, so no commitment is promised twice.
 */
export async function fundingFigures(
  manager: EntityManager,
  programmeId: string,
): Promise<Map<string, { committed: number; awarded: number; paid: number }>> {
  const rows = await manager.query<{ funder: string; committed: string; awarded: string; paid: string }[]>(
    `WITH c AS (SELECT funder_organisation_id AS funder, sum(amount_ore) AS amount FROM funding_commitment
                 WHERE programme_id = $1 GROUP BY 1),
          a AS (SELECT s.funder_organisation_id AS funder, sum(s.amount_ore) AS amount
                  FROM award_share s JOIN award w ON w.id = s.award_id
                 WHERE w.programme_id = $1 AND w.status <> 'declined' GROUP BY 1),
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

/** Funding commitments by foundations to programmes, and the programme's funding overview. */
@Injectable()
export class FundingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
  ) {}

  async commit(
    principal: Principal,
    programmeId: string,
    command: CommitFunding,
  ): Promise<FundingCommitmentDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.view(manager, principal, programmeId);
      await this.access.requireFunderOfficer(manager, principal, programmeId, command.funderOrganisationId);
      if (!(await this.access.isFunder(manager, programmeId, command.funderOrganisationId))) {
        throw new ValidationFailed([
          { pointer: '/funderOrganisationId', detail: 'is not a funder of this programme' },
        ]);
      }
      const id = randomUUID();
      await manager.query(
        `INSERT INTO funding_commitment (id, programme_id, funder_organisation_id, amount_ore, period_start, period_end, committed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          programmeId,
          command.funderOrganisationId,
          command.amountOre,
          command.periodStart,
          command.periodEnd,
          principal.subject,
        ],
      );
      const [row] = await manager.query<CommitmentRow[]>(`${SELECT_COMMITMENT} WHERE id = $1`, [id]);
      if (!row) throw new Error('commitment vanished');
      const dto = toDto(row);
      await this.outbox.record(
        manager,
        fundingCommittedV1,
        {
          commitmentId: dto.id,
          programmeId,
          funderOrganisationId: dto.funderOrganisationId,
          amountOre: dto.amountOre,
          periodStart: dto.periodStart,
          periodEnd: dto.periodEnd,
          committedAt: dto.committedAt,
        },
        { subject: programmeId, programmeId },
      );
      return dto;
    });
  }

  /** The programme's funders, their admins and its backbone coordinators see the whole overview. */
  async overview(principal: Principal, programmeId: string): Promise<FundingOverviewDto> {
    const manager = this.dataSource.manager;
    await this.access.view(manager, principal, programmeId);
    const allowed =
      isAdmin(principal) ||
      (await this.access.isBackbone(manager, principal, programmeId)) ||
      (await this.access.funderOrganisations(manager, principal, programmeId)).length > 0;
    if (!allowed) {
      throw new DomainError(
        'forbidden',
        "The funding overview is for the programme's funders, its backbone coordinators and platform admins.",
      );
    }
    const figures = await fundingFigures(manager, programmeId);
    const commitments = (
      await manager.query<CommitmentRow[]>(
        `${SELECT_COMMITMENT} WHERE programme_id = $1 ORDER BY committed_at, id`,
        [programmeId],
      )
    ).map(toDto);
    const names = new Map(
      (
        await manager.query<{ id: string; name: string }[]>(
          `SELECT id, name FROM known_organisation WHERE id = ANY($1::uuid[])`,
          [[...figures.keys()]],
        )
      ).map((row) => [row.id, row.name]),
    );
    const funders = [...figures].map(([funder, f]) => ({
      funderOrganisationId: funder,
      funderName: names.get(funder) ?? null,
      committedOre: f.committed,
      awardedOre: f.awarded,
      paidOre: f.paid,
      remainingOre: Math.max(0, f.committed - f.awarded),
      commitments: commitments.filter((commitment) => commitment.funderOrganisationId === funder),
    }));
    const sum = (pick: (f: (typeof funders)[number]) => number) => funders.reduce((t, f) => t + pick(f), 0);
    return {
      programmeId,
      funders,
      total: {
        committedOre: sum((f) => f.committedOre),
        awardedOre: sum((f) => f.awardedOre),
        paidOre: sum((f) => f.paidOre),
        remainingOre: sum((f) => f.remainingOre),
      },
    };
  }
}
