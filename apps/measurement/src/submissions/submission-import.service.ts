import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ImportSubmission, SubmissionHistory } from '@samvirke/contracts';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { MeasurementSettingsService } from '../settings/settings.service.js';
import { isDataProvider, submissionPeriod, trackedIndicators } from './submission-context.store.js';
import { checkImportable, futureDates, versionErrors } from './submission-import.rules.js';
import { recordImportedDecision } from './submission-import.store.js';
import { SubmissionAnnouncements } from './submission-announcements.js';
import type { Where } from './submission-workflow.js';
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
    private readonly settings: MeasurementSettingsService,
    private readonly announcements: SubmissionAnnouncements,
  ) {}

  /** Only platform admins import (the controller's @Roles), and they see every programme. */
  async import(where: Where, command: ImportSubmission, importedBy: string): Promise<SubmissionHistory> {
    const future = futureDates(command, new Date());
    if (future.length) throw new ValidationFailed(future, 'An imported report has happened already.');
    return this.dataSource.transaction(async (manager) => {
      const period = await submissionPeriod(manager, where, true);
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
      let approvedId = '';
      for (const [index, version] of command.versions.entries()) {
        approvedId = randomUUID();
        const draft = { id: approvedId, version: index + 1, existing: false, savedBy: importedBy };
        await writeDraft(manager, where, draft, version.values, tracked);
        await recordImportedDecision(manager, approvedId, version, importedBy);
      }
      // The approval counts in progress and is told like any other; the earlier returns are history.
      const { codes } = await submissionSummary(manager, approvedId);
      await this.announcements.statusChanged(manager, where, approvedId, period.period, codes);
      return this.history(manager, where);
    });
  }

  private async history(manager: EntityManager, where: Where): Promise<SubmissionHistory> {
    const versions = [];
    for (const id of await versionIds(manager, where))
      versions.push(await readSubmission(manager, where, id));
    return { latest: versions[0], versions };
  }
}
