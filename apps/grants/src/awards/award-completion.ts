import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { grantAwardedV1, type AwardDto } from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';
import { TrancheRelease } from '../tranches/tranche-release.js';
import { loadAward } from './award-read.js';

/**
 * Makes an award whose every share is confirmed: the award and its application become awarded,
 * grant.awarded is recorded (so its consumers, the public feed and notifications, only ever hear of
 * awards that are made), and tranches whose conditions are met become eligible.
 */
@Injectable()
export class AwardCompletion {
  constructor(
    private readonly outbox: EventOutbox,
    private readonly release: TrancheRelease,
  ) {}

  async complete(manager: EntityManager, awardId: string): Promise<AwardDto> {
    const [application] = await manager.query<{ status: string }[]>(
      `SELECT p.status FROM application p JOIN award a ON a.application_id = p.id WHERE a.id = $1 FOR UPDATE OF p`,
      [awardId],
    );
    if (application?.status !== 'submitted' && application?.status !== 'under-review')
      throw new DomainError(
        'conflict',
        `The application is ${application?.status ?? 'gone'}; the award can no longer be made.`,
      );
    await manager.query(`UPDATE award SET status = 'awarded', awarded_at = now() WHERE id = $1`, [awardId]);
    await manager.query(
      `UPDATE application SET status = 'awarded', decided_at = now(), updated_at = now()
        WHERE id = (SELECT application_id FROM award WHERE id = $1)`,
      [awardId],
    );
    const dto = await loadAward(manager, awardId);
    await this.outbox.record(
      manager,
      grantAwardedV1,
      {
        awardId,
        applicationId: dto.applicationId,
        callId: dto.callId,
        programmeId: dto.programmeId,
        granteeOrganisationId: dto.granteeOrganisationId,
        title: dto.title,
        amountOre: dto.amountOre,
        shares: dto.shares.map((share) => ({
          funderOrganisationId: share.funderOrganisationId,
          amountOre: share.amountOre,
        })),
        conditions: dto.conditions.map((c) => ({
          conditionId: c.id,
          indicatorCode: c.indicatorCode,
          period: c.period,
        })),
        tranches: dto.tranches.map((t) => ({
          trancheId: t.id,
          amountOre: t.amountOre,
          earliestDate: t.earliestDate,
          conditionIds: t.conditionIds,
        })),
        awardedAt: dto.awardedAt,
      },
      { subject: dto.programmeId, programmeId: dto.programmeId },
    );
    // Conditions already met (or none at all) make tranches eligible at once.
    await this.release.evaluate(manager, [awardId]);
    return loadAward(manager, awardId);
  }
}
