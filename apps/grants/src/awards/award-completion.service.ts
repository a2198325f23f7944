import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { grantAwardedV1, type AwardDto } from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';
import { TrancheRelease } from '../tranches/tranche-release.service.js';
import { AwardChangesStore } from './award-changes.store.js';
import { grantAwardedEvent } from './awards.rules.js';
import { AwardsStore } from './awards.store.js';

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
    const changes = new AwardChangesStore(manager);
    const status = await changes.applicationStatusForUpdate(awardId);
    if (status !== 'submitted' && status !== 'under-review')
      throw new DomainError(
        'conflict',
        `The application is ${status ?? 'gone'}; the award can no longer be made.`,
      );
    await changes.markAwarded(awardId);
    const awards = new AwardsStore(manager);
    const award = await awards.load(awardId);
    await this.outbox.record(manager, grantAwardedV1, grantAwardedEvent(award), {
      subject: award.programmeId,
      programmeId: award.programmeId,
    });
    // Conditions already met (or none at all) make tranches eligible at once.
    await this.release.evaluate(manager, [awardId]);
    return awards.load(awardId);
  }
}
