import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  progressUpdatedV1,
  submissionApprovedV1,
  submissionReturnedV1,
  submissionSubmittedV1,
  valueRange,
  type IndicatorUnit,
  type ListSubmissionsQuery,
  type Page,
  type ProblemFieldError,
  type SaveSubmission,
  type SubmissionDto,
  type SubmissionHistory,
  type SubmissionListItem,
} from '@samvirke/contracts';
import { belongsTo, hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { parseSubmissionCsv, submissionTemplate } from '@samvirke/csv';
import { copyRows } from '@samvirke/persistence';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { ProgressProjection } from '../progress/progress.projection.js';
import { MeasurementSettingsService } from '../settings/measurement-settings.service.js';
import { missingRequired, ruleErrors, valueErrors, type TrackedIndicator } from './submission-values.js';
import {
  latestSubmission,
  listLatestSubmissions,
  readSubmission,
  sortValues,
  submissionRow,
  submissionSummary,
  toDto,
  type ResponseOptions,
  type Where,
} from './submission-records.js';

/**
 * An organisation's values for a reporting period: draft → submitted → approved or returned.
 * A correction after a decision is a new version; every version is kept.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: MeasurementProgrammeAccess,
    private readonly progress: ProgressProjection,
    private readonly settings: MeasurementSettingsService,
  ) {}

  /** A CSV upload: the same as save, with every error pointing at its row and column. */
  async saveCsv(
    principal: Principal,
    where: Where,
    text: string,
    options: ResponseOptions = {},
  ): Promise<SubmissionDto> {
    const parsed = parseSubmissionCsv(text);
    const fields: Record<string, string | undefined> = {
      indicator: parsed.columns[0],
      disaggregation: parsed.columns[1],
      value: parsed.columns[2],
      comment: parsed.columns[3],
    };
    return this.save(principal, where, { values: parsed.values }, options, parsed.errors, (pointer) => {
      const [, index, field] = /^\/values\/(\d+)(?:\/(\w+))?$/.exec(pointer) ?? [];
      const row = parsed.rows[Number(index)];
      return row === undefined ? pointer : `/rows/${row}${field ? `/${fields[field] ?? field}` : ''}`;
    });
  }

  async save(
    principal: Principal,
    where: Where,
    command: SaveSubmission,
    options: ResponseOptions = {},
    earlierErrors: readonly ProblemFieldError[] = [],
    pointer: (valuePointer: string) => string = (valuePointer) => valuePointer,
  ): Promise<SubmissionDto> {
    return this.dataSource.transaction(async (manager) => {
      const period = await this.reporterContext(manager, principal, where);
      const tracked = await this.tracked(manager, where.programmeId, period.frequency);
      const { rules } = await this.settings.of(manager, where.programmeId);
      const errors = [
        ...earlierErrors,
        ...[...valueErrors(command.values, tracked), ...ruleErrors(command.values, rules)].map((error) => ({
          ...error,
          pointer: pointer(error.pointer),
        })),
      ];
      if (errors.length) throw new ValidationFailed(errors, 'Some values are invalid; nothing was saved.');
      const latest = await latestSubmission(manager, where, true);
      if (latest?.status === 'submitted') {
        throw new DomainError(
          'conflict',
          'This submission awaits the backbone; it can be corrected once it is approved or returned.',
        );
      }
      const id = latest?.status === 'draft' ? latest.id : randomUUID();
      const savedBy = principal.username ?? principal.subject;
      if (latest?.status === 'draft') {
        await manager.query(`UPDATE submission SET saved_by = $2, saved_at = now() WHERE id = $1`, [
          id,
          savedBy,
        ]);
        await manager.query(`DELETE FROM submission_value WHERE submission_id = $1`, [id]);
      } else {
        await manager.query(
          `INSERT INTO submission (id, programme_id, period_id, organisation_id, version, status, saved_by)
           VALUES ($1, $2, $3, $4, $5, 'draft', $6)`,
          [id, where.programmeId, where.periodId, where.organisationId, (latest?.version ?? 0) + 1, savedBy],
        );
      }
      await copyRows(
        manager,
        'submission_value',
        ['submission_id', 'indicator_id', 'disaggregation', 'value', 'comment'],
        command.values.map((value) => [
          id,
          tracked.get(value.indicator)!.id,
          value.disaggregation ?? '',
          value.value,
          value.comment || null,
        ]),
      );
      // The values just stored are the ones given: no need to read 100,000 of them back.
      const row = await submissionRow(manager, id);
      if (options.minimal) return toDto(where, row, [], command.values.length);
      const values = command.values.map((value) => ({
        indicator: value.indicator,
        disaggregation: value.disaggregation || null,
        value: value.value,
        ...(value.comment ? { comment: value.comment } : {}),
      }));
      return toDto(where, row, sortValues(values), values.length);
    });
  }

  /** A CSV template for the period: every indicator and disaggregation collected, values empty. */
  async template(
    principal: Principal,
    programmeId: string,
    periodId: string,
  ): Promise<{ period: string; csv: string }> {
    await this.access.view(principal, programmeId);
    const period = await this.period(this.dataSource.manager, { programmeId, periodId, organisationId: '' });
    const tracked = await this.tracked(this.dataSource.manager, programmeId, period.frequency);
    const indicators = [...tracked.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((indicator) => ({ code: indicator.code, disaggregations: [...indicator.disaggregations] }));
    return { period: period.period, csv: submissionTemplate(indicators) };
  }

  async submit(principal: Principal, where: Where, options: ResponseOptions = {}): Promise<SubmissionDto> {
    return this.dataSource.transaction(async (manager) => {
      const period = await this.reporterContext(manager, principal, where);
      const latest = await latestSubmission(manager, where, true);
      if (latest?.status !== 'draft')
        throw new DomainError('conflict', 'There is no draft to submit; save the values first.');
      const summary = await submissionSummary(manager, latest.id);
      const missing = missingRequired(
        summary.totals.map((indicator) => ({ indicator, disaggregation: null })),
        await this.tracked(manager, where.programmeId, period.frequency),
      );
      if (missing.length)
        throw new ValidationFailed(missing, 'Required indicators are missing; nothing was submitted.');
      await manager.query(`UPDATE submission SET status = 'submitted', submitted_at = now() WHERE id = $1`, [
        latest.id,
      ]);
      await this.announce(manager, where, latest.id, period.period, summary.codes);
      return readSubmission(manager, where, latest.id, options, summary);
    });
  }

  /** The backbone approves the submitted version, or returns it with a comment. */
  async decide(
    principal: Principal,
    where: Where,
    decision: 'approved' | 'returned',
    comment?: string,
    options: ResponseOptions = {},
  ): Promise<SubmissionDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, where.programmeId, manager);
      const period = await this.period(manager, where);
      const latest = await latestSubmission(manager, where, true);
      if (latest?.status !== 'submitted')
        throw new DomainError('conflict', 'Only a submitted version can be approved or returned.');
      await manager.query(
        `UPDATE submission SET status = $2, decided_by = $3, decided_at = now(), comment = $4 WHERE id = $1`,
        [latest.id, decision, principal.username ?? principal.subject, comment ?? null],
      );
      const summary = await submissionSummary(manager, latest.id);
      await this.announce(manager, where, latest.id, period.period, summary.codes);
      if (decision === 'approved') {
        const indicatorCodes = await this.progress.applyApproval(manager, {
          ...where,
          period: period.period,
          submissionId: latest.id,
        });
        await this.outbox.record(
          manager,
          progressUpdatedV1,
          {
            programmeId: where.programmeId,
            period: period.period,
            indicatorCodes,
            causedBySubmissionId: latest.id,
          },
          { subject: where.programmeId, programmeId: where.programmeId },
        );
      }
      return readSubmission(manager, where, latest.id, options, summary);
    });
  }

  /** The organisation's own users and the programme's managers read every version. */
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

  async history(principal: Principal, where: Where): Promise<SubmissionHistory> {
    const roles = await this.access.view(principal, where.programmeId);
    if (!readsEveryone(principal, roles) && !belongsTo(principal, where.organisationId)) {
      throw new DomainError(
        'forbidden',
        "Only the organisation itself and the programme's backbone read its submissions.",
      );
    }
    await this.period(this.dataSource.manager, where);
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM submission WHERE period_id = $1 AND organisation_id = $2 ORDER BY version DESC`,
      [where.periodId, where.organisationId],
    );
    if (!rows.length) throw new DomainError('not-found', 'Nothing has been saved for this period yet.');
    const versions = await Promise.all(
      rows.map((row) => readSubmission(this.dataSource.manager, where, row.id)),
    );
    return { latest: versions[0], versions };
  }

  private async reporterContext(manager: EntityManager, principal: Principal, where: Where) {
    await this.access.view(principal, where.programmeId, manager);
    if (!hasRole(principal, 'reporter') || !belongsTo(principal, where.organisationId)) {
      throw new DomainError('forbidden', 'Reporters submit only for their own organisation.');
    }
    const [provider] = await manager.query<unknown[]>(
      `SELECT 1 FROM programme_member WHERE programme_id = $1 AND organisation_id = $2 AND left_on IS NULL
         AND 'data-provider' = ANY(roles)`,
      [where.programmeId, where.organisationId],
    );
    if (!provider)
      throw new DomainError('forbidden', 'This organisation is not a data provider in the programme.');
    const period = await this.period(manager, where);
    if (period.status !== 'open')
      throw new DomainError(
        'conflict',
        `The period ${period.period} is closed; ask the backbone to reopen it.`,
      );
    return period;
  }

  private async period(manager: EntityManager, where: Where) {
    const [period] = await manager.query<{ period: string; frequency: string; status: string }[]>(
      `SELECT period, frequency, status FROM reporting_period WHERE id = $1 AND programme_id = $2`,
      [where.periodId, where.programmeId],
    );
    if (!period)
      throw new DomainError('not-found', `No reporting period ${where.periodId} in this programme.`);
    return period;
  }

  private async tracked(
    manager: EntityManager,
    programmeId: string,
    frequency: string,
  ): Promise<Map<string, TrackedIndicator>> {
    const rows = await manager.query<
      {
        id: string;
        code: string;
        value_type: 'integer' | 'decimal';
        unit: IndicatorUnit;
        scale: number;
        min_value: string | null;
        max_value: string | null;
        required: boolean;
        disaggregations: { code: string; values: string[] }[];
      }[]
    >(
      `SELECT i.id, i.code, i.value_type, i.unit, i.scale, i.min_value, i.max_value, pi.required, i.disaggregations
         FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
        WHERE pi.programme_id = $1 AND pi.frequency = $2`,
      [programmeId, frequency],
    );
    return new Map(
      rows.map((row) => [
        row.code,
        {
          id: row.id,
          code: row.code,
          valueType: row.value_type,
          scale: row.scale,
          // Without a min or max of its own an indicator takes its unit's (a count is never -7).
          ...valueRange(
            row.unit,
            row.min_value === null ? null : Number(row.min_value),
            row.max_value === null ? null : Number(row.max_value),
          ),
          required: row.required,
          disaggregations: new Set(
            row.disaggregations.flatMap((d) => d.values.map((value) => `${d.code}=${value}`)),
          ),
        },
      ]),
    );
  }

  private async announce(
    manager: EntityManager,
    where: Where,
    id: string,
    period: string,
    indicatorCodes: string[],
  ): Promise<void> {
    const row = await submissionRow(manager, id);
    const definition =
      row.status === 'submitted'
        ? submissionSubmittedV1
        : row.status === 'approved'
          ? submissionApprovedV1
          : submissionReturnedV1;
    await this.outbox.record(
      manager,
      definition,
      {
        submissionId: id,
        programmeId: where.programmeId,
        periodId: where.periodId,
        period,
        organisationId: where.organisationId,
        version: row.version,
        indicatorCodes,
      },
      { subject: where.programmeId, programmeId: where.programmeId },
    );
  }
}

/** Platform admins and the programme's backbone coordinators read every organisation's submissions. */
function readsEveryone(principal: Principal, programmeRoles: Set<string>): boolean {
  return (
    hasRole(principal, 'platform-admin') ||
    (hasRole(principal, 'backbone-coordinator') && programmeRoles.has('backbone'))
  );
}
