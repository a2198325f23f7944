import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RecordRefund, RefundDto } from '@samvirke/contracts';
import { ore } from '../access/grants-access.js';

interface RefundRow {
  id: string;
  award_id: string;
  funder_organisation_id: string;
  amount_ore: string;
  kind: RefundDto['kind'];
  received_on: string;
  reference: string;
  note: string;
  recorded_by: string;
  recorded_at: Date;
}

function toRefundDto(row: RefundRow): RefundDto {
  return {
    id: row.id,
    awardId: row.award_id,
    funderOrganisationId: row.funder_organisation_id,
    amountOre: ore(row.amount_ore),
    kind: row.kind,
    receivedOn: row.received_on,
    reference: row.reference,
    note: row.note,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** Money of an award that came back to its funders: refunds and claw-backs, never changed. */
export class AwardRefundsStore {
  constructor(private readonly manager: EntityManager) {}

  async insertRefund(awardId: string, command: RecordRefund, recordedBy: string): Promise<RefundDto> {
    const id = randomUUID();
    await this.manager.query(
      `INSERT INTO award_refund (id, award_id, funder_organisation_id, amount_ore, kind, received_on, reference, note, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        awardId,
        command.funderOrganisationId,
        command.amountOre,
        command.kind,
        command.receivedOn,
        command.reference,
        command.note,
        recordedBy,
      ],
    );
    const [refund] = (await this.refunds(awardId)).filter((row) => row.id === id);
    if (!refund) throw new Error('refund vanished');
    return refund;
  }

  async refunds(awardId: string): Promise<RefundDto[]> {
    const rows = await this.manager.query<RefundRow[]>(
      `SELECT id, award_id, funder_organisation_id, amount_ore, kind, received_on::text AS received_on, reference, note,
              recorded_by, recorded_at
         FROM award_refund WHERE award_id = $1 ORDER BY recorded_at DESC, id`,
      [awardId],
    );
    return rows.map(toRefundDto);
  }
}
