import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ListSubmissionsQuery,
  Page,
  SubmissionDto,
  SubmissionHistory,
  SubmissionListItem,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { submissionTemplate } from '@samvirke/csv';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { organisationAncestors } from '@samvirke/directory';
import { checkFirstLevelDone, readsAsParent } from '../parent-approvals/parent-approvals.rules.js';
import { isParentApproved } from '../parent-approvals/parent-approvals.store.js';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { MeasurementSettingsService } from '../settings/settings.service.js';
import { SubmissionAnnouncements } from './submission-announcements.js';
import { SubmissionDecisions } from './submission-decisions.js';
import { isDataProvider, submissionPeriod, trackedIndicators } from './submission-context.store.js';
import { inputErrors, type SubmissionInput } from './submission-input.js';
import { listLatestSubmissions } from './submission-list.store.js';
import {
  actorName,
  checkDecidable,
  checkOpen,
  checkReader,
  checkReporter,
  checkSubmittable,
  nextDraft,
  readsEveryone,
  templateIndicators,
  type Decision,
  type Where,
} from './submission-workflow.js';
import { missingRequired } from './submissions.rules.js';
import {
  latestSubmission,
  markSubmitted,
  readSubmission,
  savedSubmission,
  submissionSummary,
  versionIds,
  writeDraft,
  type ResponseOptions,
} from './submissions.store.js';

/**
 * An organisation's values for a reporting period: draft → submitted → approved or returned.
 * A correction after a decision is a new version; every version is kept.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
    private readonly settings: MeasurementSettingsService,
    private readonly announcements: SubmissionAnnouncements,
    private readonly decisions: SubmissionDecisions,
  ) {}

  /** Saves the values (from a JSON body or a CSV file) as the draft, or says every problem with them. */
  async save(
    principal: Principal,
    where: Where,
    input: SubmissionInput,
    options: ResponseOptions = {},
  ): Promise<SubmissionDto> {
    return this.dataSource.transaction(async (manager) => {
      const period = await this.reporterContext(manager, principal, where);
      const tracked = await trackedIndicators(manager, where.programmeId, period.frequency);
      const { rules } = await this.settings.of(manager, where.programmeId);
      const errors = inputErrors(input, tracked, rules);
      if (errors.length) throw new ValidationFailed(errors, 'Some values are invalid; nothing was saved.');
      const draft = nextDraft(await latestSubmission(manager, where, true), randomUUID());
      await writeDraft(manager, where, { ...draft, savedBy: actorName(principal) }, input.values, tracked);
      return savedSubmission(manager, where, draft.id, input.values, options);
    });
  }

  async submit(principal: Principal, where: Where, options: ResponseOptions = {}): Promise<SubmissionDto> {
    return this.dataSource.transaction(async (manager) => {
      const period = await this.reporterContext(manager, principal, where);
      const latest = await latestSubmission(manager, where, true);
      checkSubmittable(latest);
      const summary = await submissionSummary(manager, latest.id);
      const missing = missingRequired(
        summary.totals.map((indicator) => ({ indicator, disaggregation: null })),
        await trackedIndicators(manager, where.programmeId, period.frequency),
      );
      if (missing.length)
        throw new ValidationFailed(missing, 'Required indicators are missing; nothing was submitted.');
      await markSubmitted(manager, latest.id);
      await this.announcements.statusChanged(manager, where, latest.id, period.period, summary.codes);
      return readSubmission(manager, where, latest.id, options, summary);
    });
  }

  /** The backbone approves the submitted version, or returns it with a comment. */
  async decide(
    principal: Principal,
    where: Where,
    decision: Decision,
    options: ResponseOptions = {},
  ): Promise<SubmissionDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, where.programmeId, manager);
      const { period, latest } = await this.decisions.context(manager, where);
      checkDecidable(latest);
      // A sub-unit's version comes to the backbone only after its municipality approved it.
      const above = await organisationAncestors(manager, where.organisationId);
      checkFirstLevelDone(above, above.length > 0 && (await isParentApproved(manager, latest.id)));
      const target = { where, period, submissionId: latest.id };
      return this.decisions.record(manager, principal, target, decision, options);
    });
  }

  /**
   * The latest version of each organisation's submission per period, without values: the
   * programme's backbone and platform admins see every organisation's, other members only their
   * own organisations'. One query however many periods and organisations there are.
   */
  async list(
    principal: Principal,
    programmeId: string,
    query: ListSubmissionsQuery,
  ): Promise<Page<SubmissionListItem>> {
    const roles = await this.access.view(principal, programmeId);
    const readers = readsEveryone(principal, roles) ? 'all' : principal.organisations;
    return listLatestSubmissions(this.dataSource.manager, programmeId, query, readers);
  }

  /** Every version, newest first: for the organisation's own users and the programme's managers. */
  async history(principal: Principal, where: Where): Promise<SubmissionHistory> {
    const manager = this.dataSource.manager;
    const roles = await this.access.view(principal, where.programmeId);
    // The municipality above a sub-unit reads what it is to approve first.
    if (!readsAsParent(principal, await organisationAncestors(manager, where.organisationId)))
      checkReader(principal, roles, where);
    await this.period(manager, where);
    const ids = await versionIds(manager, where);
    if (!ids.length) throw new DomainError('not-found', 'Nothing has been saved for this period yet.');
    const versions = await Promise.all(ids.map((id) => readSubmission(manager, where, id)));
    return { latest: versions[0], versions };
  }

  /** A CSV template for the period: every indicator and disaggregation collected, values empty. */
  async template(
    principal: Principal,
    where: Omit<Where, 'organisationId'>,
  ): Promise<{ period: string; csv: string }> {
    await this.access.view(principal, where.programmeId);
    const manager = this.dataSource.manager;
    const period = await this.period(manager, where);
    const tracked = await trackedIndicators(manager, where.programmeId, period.frequency);
    return { period: period.period, csv: submissionTemplate(templateIndicators(tracked)) };
  }

  /** The reporting period, when the caller reports for a data provider of the programme and it is open. */
  private async reporterContext(manager: EntityManager, principal: Principal, where: Where) {
    await this.access.view(principal, where.programmeId, manager);
    checkReporter(principal, where);
    if (!(await isDataProvider(manager, where)))
      throw new DomainError('forbidden', 'This organisation is not a data provider in the programme.');
    const period = await this.period(manager, where, true);
    checkOpen(period);
    return period;
  }

  private async period(
    manager: EntityManager,
    where: Pick<Where, 'programmeId' | 'periodId'>,
    share = false,
  ) {
    const period = await submissionPeriod(manager, where, share);
    if (!period)
      throw new DomainError('not-found', `No reporting period ${where.periodId} in this programme.`);
    return period;
  }
}
