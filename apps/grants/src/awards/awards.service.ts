import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  grantAwardedV1,
  tranchePaidV1,
  type AwardDto,
  type AwardGrant,
  type ProblemFieldError,
  type RecordPayment,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { GrantsAccess, isAdmin, iso, ore } from '../access/grants-access.js';
import { loadApplication } from '../applications/application-row.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { fundingFigures } from '../funding/funding.service.js';
import { TrancheRelease } from '../tranches/tranche-release.js';
import { splitTranches } from './award-split.js';

interface AwardRow {
  id: string;
  application_id: string;
  call_id: string;
  programme_id: string;
  grantee_organisation_id: string;
  title: string;
  amount_ore: string;
  awarded_at: Date;
}

/**
 * Awards: an amount no larger than requested, split across co-funding foundations within what each
 * has left of its commitment, with reporting conditions and tranches that sum exactly to the award;
 * payment of eligible tranches.
 */
@Injectable()
export class AwardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
    private readonly applications: ApplicationsService,
    private readonly release: TrancheRelease,
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
      return this.write(manager, principal, application, command);
    });
  }

  private async write(
    manager: EntityManager,
    principal: Principal,
    application: Awaited<ReturnType<typeof loadApplication>>,
    command: AwardGrant,
  ): Promise<AwardDto> {
    const awardId = randomUUID();
    const title = command.title ?? (application.title || 'Bevilling');
    await manager.query(
      `INSERT INTO award (id, application_id, call_id, programme_id, grantee_organisation_id, title, amount_ore, awarded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        awardId,
        application.id,
        application.call_id,
        application.programme_id,
        application.applicant_organisation_id,
        title,
        command.amountOre,
        principal.subject,
      ],
    );
    for (const share of command.shares)
      await manager.query(
        `INSERT INTO award_share (award_id, funder_organisation_id, amount_ore) VALUES ($1, $2, $3)`,
        [awardId, share.funderOrganisationId, share.amountOre],
      );
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
    await manager.query(
      `UPDATE application SET status = 'awarded', decided_at = now(), updated_at = now() WHERE id = $1`,
      [application.id],
    );
    const dto = await this.load(manager, awardId);
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
        shares: dto.shares,
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
    return this.load(manager, awardId);
  }

  async get(principal: Principal, awardId: string): Promise<AwardDto> {
    const manager = this.dataSource.manager;
    const award = await this.load(manager, awardId);
    if (!(await this.canSee(manager, principal, award)))
      throw new DomainError('not-found', `No award ${awardId} that you can see.`);
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
      const award = await this.load(manager, row.id);
      if (await this.canSee(manager, principal, award)) visible.push(award);
    }
    return visible;
  }

  /** An officer of one of the award's funders records an eligible tranche as paid. */
  async pay(
    principal: Principal,
    awardId: string,
    trancheId: string,
    command: RecordPayment,
  ): Promise<AwardDto> {
    return this.dataSource.transaction(async (manager) => {
      const award = await this.load(manager, awardId);
      if (!(await this.canSee(manager, principal, award)))
        throw new DomainError('not-found', `No award ${awardId} that you can see.`);
      const funders = award.shares.map((share) => share.funderOrganisationId);
      const officer =
        hasRole(principal, 'foundation-officer') &&
        principal.organisations.some((org) => funders.includes(org));
      if (!officer && !isAdmin(principal))
        throw new DomainError('forbidden', "Only officers of the award's funders record payments.");
      const [tranche] = await manager.query<{ status: string; earliest_date: string; due: boolean }[]>(
        `SELECT status, earliest_date::text AS earliest_date,
                earliest_date <= (now() AT TIME ZONE 'Europe/Copenhagen')::date AS due
           FROM tranche WHERE id = $1 AND award_id = $2 FOR UPDATE`,
        [trancheId, awardId],
      );
      if (!tranche) throw new DomainError('not-found', `No tranche ${trancheId} in award ${awardId}.`);
      if (tranche.status === 'paid') throw new DomainError('conflict', 'The tranche is paid already.');
      if (tranche.status !== 'eligible')
        throw new DomainError(
          'conflict',
          'The tranche is not eligible for payment: its reporting conditions are not all approved.',
        );
      if (!tranche.due)
        throw new DomainError('conflict', `The tranche may not be paid before ${tranche.earliest_date}.`);
      await manager.query(
        `UPDATE tranche SET status = 'paid', paid_at = now(), paid_by = $2, payment_reference = $3 WHERE id = $1`,
        [trancheId, principal.subject, command.paymentReference],
      );
      const paid = await this.load(manager, awardId);
      const line = paid.tranches.find((t) => t.id === trancheId);
      if (!line) throw new Error('tranche vanished');
      await this.outbox.record(
        manager,
        tranchePaidV1,
        {
          trancheId,
          awardId,
          programmeId: paid.programmeId,
          granteeOrganisationId: paid.granteeOrganisationId,
          funderOrganisationIds: [...funders].sort(),
          amountOre: line.amountOre,
          title: paid.title,
          earliestDate: line.earliestDate,
          paidAt: line.paidAt ?? new Date().toISOString(),
          paymentReference: command.paymentReference,
        },
        { subject: paid.programmeId, programmeId: paid.programmeId },
      );
      return paid;
    });
  }

  private async canSee(manager: EntityManager, principal: Principal, award: AwardDto): Promise<boolean> {
    if (isAdmin(principal) || principal.organisations.includes(award.granteeOrganisationId)) return true;
    const mine = await this.access.funderOrganisations(manager, principal, award.programmeId);
    const [call] = await manager.query<{ funder_organisation_id: string }[]>(
      `SELECT funder_organisation_id FROM grant_call WHERE id = $1`,
      [award.callId],
    );
    const funders = [
      ...award.shares.map((share) => share.funderOrganisationId),
      call?.funder_organisation_id,
    ];
    if (mine.some((org) => funders.includes(org))) return true;
    return this.access.isBackbone(manager, principal, award.programmeId);
  }

  async load(manager: EntityManager, awardId: string): Promise<AwardDto> {
    const [award] = await manager.query<AwardRow[]>(`SELECT * FROM award WHERE id = $1`, [awardId]);
    if (!award) throw new DomainError('not-found', `No award ${awardId} that you can see.`);
    const shares = await manager.query<{ funder_organisation_id: string; amount_ore: string }[]>(
      `SELECT funder_organisation_id, amount_ore FROM award_share WHERE award_id = $1 ORDER BY funder_organisation_id`,
      [awardId],
    );
    const conditions = await manager.query<
      { id: string; key: string; indicator_code: string; period: string; fulfilled: boolean }[]
    >(
      `SELECT c.id, c.key, c.indicator_code, c.period,
              EXISTS (SELECT 1 FROM reported_period rp WHERE rp.programme_id = $2 AND rp.organisation_id = $3
                         AND rp.period = c.period AND rp.status = 'approved' AND c.indicator_code = ANY(rp.indicator_codes)) AS fulfilled
         FROM award_condition c WHERE c.award_id = $1 ORDER BY c.key`,
      [awardId, award.programme_id, award.grantee_organisation_id],
    );
    const tranches = await manager.query<
      {
        id: string;
        position: number;
        amount_ore: string;
        earliest_date: string;
        condition_ids: string[];
        status: 'pending' | 'eligible' | 'paid';
        eligible_at: Date | null;
        paid_at: Date | null;
        payment_reference: string | null;
        shares: { funderOrganisationId: string; amountOre: number }[];
      }[]
    >(
      `SELECT t.id, t.position, t.amount_ore, t.earliest_date::text AS earliest_date, t.condition_ids, t.status,
              t.eligible_at, t.paid_at, t.payment_reference,
              (SELECT coalesce(json_agg(json_build_object('funderOrganisationId', s.funder_organisation_id,
                                                          'amountOre', s.amount_ore) ORDER BY s.funder_organisation_id), '[]')
                 FROM tranche_share s WHERE s.tranche_id = t.id) AS shares
         FROM tranche t WHERE t.award_id = $1 ORDER BY t.position`,
      [awardId],
    );
    return {
      id: award.id,
      applicationId: award.application_id,
      callId: award.call_id,
      programmeId: award.programme_id,
      granteeOrganisationId: award.grantee_organisation_id,
      title: award.title,
      amountOre: ore(award.amount_ore),
      awardedAt: award.awarded_at.toISOString(),
      shares: shares.map((share) => ({
        funderOrganisationId: share.funder_organisation_id,
        amountOre: ore(share.amount_ore),
      })),
      conditions: conditions.map((c) => ({
        id: c.id,
        key: c.key,
        indicatorCode: c.indicator_code,
        period: c.period,
        fulfilled: c.fulfilled,
      })),
      tranches: tranches.map((t) => ({
        id: t.id,
        position: t.position,
        amountOre: ore(t.amount_ore),
        earliestDate: t.earliest_date,
        conditionIds: t.condition_ids,
        status: t.status,
        eligibleAt: iso(t.eligible_at),
        paidAt: iso(t.paid_at),
        paymentReference: t.payment_reference,
        shares: t.shares.map((s) => ({
          funderOrganisationId: s.funderOrganisationId,
          amountOre: ore(s.amountOre),
        })),
      })),
    };
  }
}
