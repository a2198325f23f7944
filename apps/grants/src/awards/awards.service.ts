import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  awardShareRequestedV1,
  type AwardDto,
  type AwardGrant,
  type ProblemFieldError,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { GrantsAccess, ore } from '../access/grants-access.js';
import { loadApplication } from '../applications/application-row.js';
import { ApplicationsService } from '../applications/applications.service.js';
import type { CallRow } from '../calls/grant-call-row.js';
import { fundingFigures } from '../funding/funding.service.js';
import { AwardCompletion } from './award-completion.js';
import { awardNotFound, canSeeAward, loadAward } from './award-read.js';
import { splitTranches } from './award-split.js';

/**
 * Awards: an amount no larger than requested, split across co-funding foundations within what each
 * has left of its commitment, with reporting conditions and tranches that sum exactly to the award.
 * The call's foundation decides; a share of any other foundation's money is only requested: the
 * award stays pending (its shares reserved) until each such co-funder confirms (AwardConsentService).
 */
@Injectable()
export class AwardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
    private readonly applications: ApplicationsService,
    private readonly completion: AwardCompletion,
  ) {}

  async award(principal: Principal, applicationId: string, command: AwardGrant): Promise<AwardDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await loadApplication(manager, applicationId, true);
      // One award at a time per programme, so two awards cannot both spend the same remaining
      // commitment or call budget (both are read after the lock).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('grants-award:' || $1))`, [
        application.programme_id,
      ]);
      const call = await this.applications.manage(manager, principal, application);
      if (application.status !== 'submitted' && application.status !== 'under-review') {
        throw new DomainError('conflict', `The application is ${application.status}; it cannot be awarded.`);
      }
      const [pending] = await manager.query<{ id: string }[]>(
        `SELECT id FROM award WHERE application_id = $1 AND status = 'pending'`,
        [application.id],
      );
      if (pending)
        throw new DomainError(
          'conflict',
          `Award ${pending.id} of this application awaits its co-funders' confirmation.`,
        );
      const errors: ProblemFieldError[] = [];
      const requested = ore(application.requested_amount_ore);
      if (command.amountOre > requested)
        errors.push({ pointer: '/amountOre', detail: `exceeds the requested ${requested} øre` });
      const callLeft = ore(call.budget_ore) - ore(call.awarded_ore);
      if (command.amountOre > callLeft)
        errors.push({
          pointer: '/amountOre',
          detail: `exceeds what is left of the call's budget (${callLeft} øre)`,
        });
      const shareSum = command.shares.reduce((sum, share) => sum + share.amountOre, 0);
      if (shareSum !== command.amountOre)
        errors.push({
          pointer: '/shares',
          detail: `the shares sum to ${shareSum} øre, the award is ${command.amountOre} øre`,
        });
      const figures = await fundingFigures(manager, application.programme_id);
      const seen = new Set<string>();
      for (const [index, share] of command.shares.entries()) {
        if (seen.has(share.funderOrganisationId)) {
          errors.push({ pointer: `/shares/${index}/funderOrganisationId`, detail: 'appears twice' });
          continue;
        }
        seen.add(share.funderOrganisationId);
        const funder = figures.get(share.funderOrganisationId);
        const remaining = funder ? funder.committed - funder.awarded : 0;
        if (
          !funder ||
          !(await this.access.isFunder(manager, application.programme_id, share.funderOrganisationId))
        )
          errors.push({
            pointer: `/shares/${index}/funderOrganisationId`,
            detail: 'has no funding commitment to this programme',
          });
        else if (share.amountOre > remaining)
          errors.push({
            pointer: `/shares/${index}/amountOre`,
            detail: `exceeds the funder's remaining commitment of ${remaining} øre`,
          });
      }
      const keys = new Set<string>();
      command.conditions.forEach((condition, index) => {
        if (keys.has(condition.key))
          errors.push({ pointer: `/conditions/${index}/key`, detail: 'appears twice' });
        keys.add(condition.key);
      });
      const trancheSum = command.tranches.reduce((sum, tranche) => sum + tranche.amountOre, 0);
      if (trancheSum !== command.amountOre)
        errors.push({
          pointer: '/tranches',
          detail: `the tranches sum to ${trancheSum} øre, the award is ${command.amountOre} øre`,
        });
      command.tranches.forEach((tranche, t) =>
        tranche.conditions.forEach((key, c) => {
          if (!keys.has(key))
            errors.push({
              pointer: `/tranches/${t}/conditions/${c}`,
              detail: `no condition with key "${key}"`,
            });
        }),
      );
      if (errors.length) throw new ValidationFailed(errors, 'The award is not valid.');
      return this.write(manager, principal, application, call, command);
    });
  }

  private async write(
    manager: EntityManager,
    principal: Principal,
    application: Awaited<ReturnType<typeof loadApplication>>,
    call: CallRow,
    command: AwardGrant,
  ): Promise<AwardDto> {
    const awardId = randomUUID();
    const title = command.title ?? (application.title || 'Bevilling');
    const awarding = call.funder_organisation_id;
    const requested = command.shares.filter((share) => share.funderOrganisationId !== awarding);
    await manager.query(
      `INSERT INTO award (id, application_id, call_id, programme_id, grantee_organisation_id, title, amount_ore, awarded_by,
                          status, awarding_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9)`,
      [
        awardId,
        application.id,
        application.call_id,
        application.programme_id,
        application.applicant_organisation_id,
        title,
        command.amountOre,
        principal.subject,
        awarding,
      ],
    );
    // The call's foundation's own share is confirmed by deciding the award; the others are requested.
    for (const share of command.shares) {
      const own = share.funderOrganisationId === awarding;
      await manager.query(
        `INSERT INTO award_share (award_id, funder_organisation_id, amount_ore, status, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          awardId,
          share.funderOrganisationId,
          share.amountOre,
          own ? 'confirmed' : 'pending',
          own ? principal.subject : null,
          own ? new Date() : null,
        ],
      );
    }
    const conditionIds = new Map<string, string>();
    for (const condition of command.conditions) {
      const id = randomUUID();
      conditionIds.set(condition.key, id);
      await manager.query(
        `INSERT INTO award_condition (id, award_id, key, indicator_code, period) VALUES ($1, $2, $3, $4, $5)`,
        [id, awardId, condition.key, condition.indicatorCode, condition.period],
      );
    }
    const parts = splitTranches(
      command.shares,
      command.tranches.map((tranche) => tranche.amountOre),
    );
    for (const [position, tranche] of command.tranches.entries()) {
      const id = randomUUID();
      await manager.query(
        `INSERT INTO tranche (id, award_id, position, amount_ore, earliest_date, condition_ids, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending')`,
        [
          id,
          awardId,
          position + 1,
          tranche.amountOre,
          tranche.earliestDate,
          [...new Set(tranche.conditions)].map((key) => conditionIds.get(key)),
        ],
      );
      for (const [f, share] of command.shares.entries())
        await manager.query(
          `INSERT INTO tranche_share (tranche_id, funder_organisation_id, amount_ore) VALUES ($1, $2, $3)`,
          [id, share.funderOrganisationId, parts[position]?.[f] ?? 0],
        );
    }
    if (requested.length === 0) return this.completion.complete(manager, awardId);
    const requestedAt = new Date().toISOString();
    for (const share of requested)
      await this.outbox.record(
        manager,
        awardShareRequestedV1,
        {
          awardId,
          applicationId: application.id,
          callId: application.call_id,
          programmeId: application.programme_id,
          granteeOrganisationId: application.applicant_organisation_id,
          awardingOrganisationId: awarding,
          funderOrganisationId: share.funderOrganisationId,
          amountOre: share.amountOre,
          awardAmountOre: command.amountOre,
          title,
          requestedAt,
        },
        { subject: application.programme_id, programmeId: application.programme_id },
      );
    return loadAward(manager, awardId);
  }

  async get(principal: Principal, awardId: string): Promise<AwardDto> {
    const manager = this.dataSource.manager;
    const award = await loadAward(manager, awardId);
    if (!(await canSeeAward(manager, this.access, principal, award))) throw awardNotFound(awardId);
    return award;
  }

  /** The programme's awards the caller may see: grantees their own, funders theirs, the backbone all. */
  async list(principal: Principal, programmeId: string): Promise<AwardDto[]> {
    const manager = this.dataSource.manager;
    await this.access.view(manager, principal, programmeId);
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM award WHERE programme_id = $1 ORDER BY awarded_at, id`,
      [programmeId],
    );
    const visible: AwardDto[] = [];
    for (const row of rows) {
      const award = await loadAward(manager, row.id);
      if (await canSeeAward(manager, this.access, principal, award)) visible.push(award);
    }
    return visible;
  }
}
