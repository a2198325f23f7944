import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ImportSubmission, SubmissionHistory } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { ProgressProjection } from '../progress/progress.projection.js';
import { MeasurementSettingsService } from '../settings/settings.service.js';
import { isDataProvider, submissionPeriod, trackedIndicators } from './submission-context.store.js';
import { checkImportable, futureDates, versionErrors } from './submission-import.rules.js';
import { recordImportedDecision } from './submission-import.store.js';
import { actorName, progressEvent, statusEvent, type Where } from './submission-workflow.js';
import {
  latestSubmission,
  readSubmission,
  submissionSummary,
  versionIds,
  writeDraft,
} from './submissions.store.js';

/**
 * Reports made before a programme came onto Samvirke (from spreadsheets, an earlier system): a
 * platform admin imports each one into its closed period with its versions, decisions and dates, so
 * that progress, completeness and timeliness cover the programme's whole history.
 */
@Injectable()
export class SubmissionImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: MeasurementProgrammeAccess,
    private readonly progress: ProgressProjection,
    private readonly settings: MeasurementSettingsService,
  ) {}

  async import(principal: Principal, where: Where, command: ImportSubmission): Promise<SubmissionHistory> {
    const future = futureDates(command, new Date());
    if (future.length) throw new ValidationFailed(future, 'An imported report has happened already.');
    return this.dataSource.transaction(async (manager) => {
      await this.access.view(principal, where.programmeId, manager);
      const period = await submissionPeriod(manager, where);
      if (!period)
        throw new DomainError('not-found', `No reporting period ${where.periodId} in this programme.`);
      const latest = await latestSubmission(manager, where, true);
      checkImportable(period, latest, await isDataProvider(manager, where));
      const tracked = await trackedIndicators(manager, where.programmeId, period.frequency);
      const { rules } = await this.settings.of(manager, where.programmeId);
      const problems = command.versions.flatMap((version, index) =>
        versionErrors(version, index, tracked, rules),
      );
      if (problems.length)
        throw new ValidationFailed(problems, 'Some values are invalid; nothing was imported.');
      const by = actorName(principal);
      let approved = { id: '', version: 0 };
      for (const [index, version] of command.versions.entries()) {
        approved = { id: randomUUID(), version: index + 1 };
        await writeDraft(
          manager,
          where,
          { ...approved, existing: false, savedBy: by },
          version.values,
          tracked,
        );
        await recordImportedDecision(manager, approved.id, version, by);
      }
      await this.announceApproval(manager, where, period.period, approved);
      return this.history(manager, where);
    });
  }

  /** The approval counts in progress and is told like any other; the earlier returns are history. */
  private async announceApproval(
    manager: EntityManager,
    where: Where,
    period: string,
    version: { id: string; version: number },
  ): Promise<void> {
    const { codes } = await submissionSummary(manager, version.id);
    const approval = { ...where, period, submissionId: version.id };
    const changed = await this.progress.applyApproval(manager, approval);
    await this.outbox.recordAll(manager, [
      statusEvent(where, { ...version, status: 'approved' }, period, codes),
      progressEvent(where, period, changed, version.id),
    ]);
  }

  private async history(manager: EntityManager, where: Where): Promise<SubmissionHistory> {
    const versions = [];
    for (const id of await versionIds(manager, where))
      versions.push(await readSubmission(manager, where, id));
    return { latest: versions[0], versions };
  }
}
