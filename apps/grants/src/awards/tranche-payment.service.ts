import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { tranchePaidV1, type AwardDto, type RecordPayment } from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { GrantsAccess } from '../access/grants-access.js';
import { loadAward, visibleAwardForUpdate } from './award-read.js';

/**
 * Each funder pays its own part of a tranche: only an officer of that foundation records that part's
 * payment (no other funder, nor a platform admin, says another foundation's money was paid). The
 * tranche is paid, and tranche.paid recorded, when every funder's part of it is.
 */
@Injectable()
export class TranchePaymentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
  ) {}

  async pay(
    principal: Principal,
    awardId: string,
    trancheId: string,
    command: RecordPayment,
  ): Promise<AwardDto> {
    return this.dataSource.transaction(async (manager) => {
      const award = await visibleAwardForUpdate(manager, this.access, principal, awardId);
      const tranche = award.tranches.find((candidate) => candidate.id === trancheId);
      if (!tranche) throw new DomainError('not-found', `No tranche ${trancheId} in award ${awardId}.`);
      const mine = hasRole(principal, 'foundation-officer')
        ? (await this.access.funderOrganisations(manager, principal, award.programmeId)).filter((org) =>
            tranche.shares.some((share) => share.funderOrganisationId === org),
          )
        : [];
      if (mine.length === 0 || (command.funderOrganisationId && !mine.includes(command.funderOrganisationId)))
        throw new DomainError(
          'forbidden',
          'Only officers of the funder whose part of the tranche it is record its payment, for their own foundation.',
        );
      const funder = command.funderOrganisationId ?? (mine.length === 1 ? mine[0] : undefined);
      if (!funder)
        throw new ValidationFailed([
          {
            pointer: '/funderOrganisationId',
            detail: "you act for several of the tranche's funders: name one",
          },
        ]);
      if (award.status !== 'awarded')
        throw new DomainError('conflict', `The award is ${award.status}: nothing of it can be paid.`);
      if (tranche.status === 'paid') throw new DomainError('conflict', 'The tranche is paid already.');
      if (tranche.status !== 'eligible')
        throw new DomainError(
          'conflict',
          'The tranche is not eligible for payment: its reporting conditions are not all approved.',
        );
      const [due] = await manager.query<{ due: boolean }[]>(
        `SELECT $1::date <= (now() AT TIME ZONE 'Europe/Copenhagen')::date AS due`,
        [tranche.earliestDate],
      );
      if (!due?.due)
        throw new DomainError('conflict', `The tranche may not be paid before ${tranche.earliestDate}.`);
      const part = tranche.shares.find((share) => share.funderOrganisationId === funder);
      if (part?.paidAt)
        throw new DomainError('conflict', "Your foundation's part of the tranche is paid already.");
      await manager.query(
        `UPDATE tranche_share SET paid_at = now(), paid_by = $3, payment_reference = $4
          WHERE tranche_id = $1 AND funder_organisation_id = $2`,
        [trancheId, funder, principal.subject, command.paymentReference],
      );
      // A funder whose part of this tranche is 0 øre has nothing to pay.
      const [open] = await manager.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM tranche_share WHERE tranche_id = $1 AND paid_at IS NULL AND amount_ore > 0`,
        [trancheId],
      );
      if ((open?.n ?? 0) > 0) return loadAward(manager, awardId);
      return this.paid(manager, award, trancheId, principal.subject);
    });
  }

  /** Every part is paid: the tranche is, with the parts' references, and tranche.paid is recorded. */
  private async paid(
    manager: EntityManager,
    award: AwardDto,
    trancheId: string,
    paidBy: string,
  ): Promise<AwardDto> {
    await manager.query(
      `UPDATE tranche SET status = 'paid', paid_at = now(), paid_by = $2,
              payment_reference = left((SELECT string_agg(DISTINCT payment_reference, ' · ') FROM tranche_share
                                         WHERE tranche_id = $1 AND payment_reference IS NOT NULL), 100)
        WHERE id = $1`,
      [trancheId, paidBy],
    );
    const updated = await loadAward(manager, award.id);
    const line = updated.tranches.find((t) => t.id === trancheId);
    if (!line) throw new Error('tranche vanished');
    await this.outbox.record(
      manager,
      tranchePaidV1,
      {
        trancheId,
        awardId: award.id,
        programmeId: award.programmeId,
        granteeOrganisationId: award.granteeOrganisationId,
        funderOrganisationIds: award.shares.map((share) => share.funderOrganisationId).sort(),
        amountOre: line.amountOre,
        title: award.title,
        earliestDate: line.earliestDate,
        paidAt: line.paidAt ?? new Date().toISOString(),
        paymentReference: line.paymentReference ?? '',
      },
      { subject: award.programmeId, programmeId: award.programmeId },
    );
    return updated;
  }
}
