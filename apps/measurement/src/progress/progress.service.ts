import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgressDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { MeasurementSettingsService } from '../settings/measurement-settings.service.js';
import { previousPeriod, shownValue } from './small-numbers.js';

interface IndicatorRow {
  indicator_id: string;
  code: string;
  name_da: string;
  name_en: string;
  unit: ProgressDto['indicators'][number]['unit'];
  polarity: ProgressDto['indicators'][number]['polarity'];
  sensitive: boolean;
  baseline: { value: number } | null;
  targets: { period: string; value: number }[];
  aggregate: string | null;
  contributors: number | null;
  previous: string | null;
}

/**
 * Progress per programme and period, read from the projection kept on approval; small numbers are
 * suppressed for everyone outside the reporting organisation.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
    private readonly settings: MeasurementSettingsService,
  ) {}

  async read(principal: Principal, programmeId: string, period: string): Promise<ProgressDto> {
    await this.access.view(principal, programmeId);
    const [reportingPeriod] = await this.dataSource.query<
      { id: string; frequency: ProgressDto['frequency']; due_date: string }[]
    >(
      `SELECT id, frequency, due_date::text AS due_date FROM reporting_period WHERE programme_id = $1 AND period = $2`,
      [programmeId, period],
    );
    if (!reportingPeriod)
      throw new DomainError('not-found', `No reporting period ${period} in this programme.`);
    const indicators = await this.dataSource.query<IndicatorRow[]>(
      `SELECT pi.indicator_id, i.code, i.name_da, i.name_en, i.unit, i.polarity, i.sensitive, pi.baseline, pi.targets,
              a.value::text AS aggregate, a.contributors, p.value::text AS previous
         FROM programme_indicator pi
         JOIN indicator i ON i.id = pi.indicator_id
         LEFT JOIN progress_aggregate a ON a.programme_id = pi.programme_id AND a.indicator_id = pi.indicator_id AND a.period = $2
         LEFT JOIN progress_aggregate p ON p.programme_id = pi.programme_id AND p.indicator_id = pi.indicator_id AND p.period = $3
        WHERE pi.programme_id = $1 AND pi.frequency = $4
        ORDER BY i.code`,
      [programmeId, period, previousPeriod(period), reportingPeriod.frequency],
    );
    const values = await this.dataSource.query<
      { indicator_id: string; organisation_id: string; name: string | null; value: string }[]
    >(
      `SELECT pv.indicator_id, pv.organisation_id, o.name, pv.value::text AS value
         FROM progress_value pv LEFT JOIN known_organisation o ON o.id = pv.organisation_id
        WHERE pv.programme_id = $1 AND pv.period = $2 ORDER BY o.name`,
      [programmeId, period],
    );
    const own = new Set(principal.organisations);
    const { suppressBelow, minContributors } = await this.settings.of(this.dataSource.manager, programmeId);
    return {
      programmeId,
      period,
      frequency: reportingPeriod.frequency,
      ...(await this.completeness(programmeId, reportingPeriod.id, reportingPeriod.due_date)),
      indicators: indicators.map((row) => {
        const contributors = values.filter((value) => value.indicator_id === row.indicator_id);
        const onlyOwn =
          contributors.length > 0 && contributors.every((value) => own.has(value.organisation_id));
        const suppressed = row.sensitive && (row.contributors ?? 0) < minContributors && !onlyOwn;
        const aggregate = row.aggregate === null ? null : Number(row.aggregate);
        const target = row.targets.find((entry) => entry.period === period)?.value ?? null;
        const baseline = row.baseline?.value ?? null;
        const visible =
          aggregate === null || suppressed
            ? null
            : shownValue(aggregate, row.sensitive, onlyOwn, suppressBelow);
        const previous = row.previous === null ? null : Number(row.previous);
        const comparable = typeof visible === 'number' ? visible : null;
        return {
          code: row.code,
          nameDa: row.name_da,
          nameEn: row.name_en,
          unit: row.unit,
          polarity: row.polarity,
          sensitive: row.sensitive,
          aggregate: visible,
          aggregateSuppressed: suppressed,
          contributors: row.contributors ?? 0,
          baseline,
          target,
          attainmentPercent:
            comparable !== null && baseline !== null && target !== null && target !== baseline
              ? Math.round(((comparable - baseline) / (target - baseline)) * 1_000) / 10
              : null,
          previousAggregate: suppressed ? null : previous,
          trend:
            comparable === null || previous === null || suppressed
              ? null
              : comparable > previous
                ? 'up'
                : comparable < previous
                  ? 'down'
                  : 'flat',
          organisations: contributors.map((value) => ({
            organisationId: value.organisation_id,
            name: value.name ?? value.organisation_id,
            value: shownValue(
              Number(value.value),
              row.sensitive,
              own.has(value.organisation_id),
              suppressBelow,
            ),
          })),
        };
      }),
    };
  }

  private async completeness(programmeId: string, periodId: string, dueDate: string) {
    const [row] = await this.dataSource.query<{ expected: string; approved: string; on_time: string }[]>(
      `SELECT (SELECT count(DISTINCT organisation_id) FROM programme_member
                WHERE programme_id = $1 AND left_on IS NULL AND 'data-provider' = ANY(roles))::text AS expected,
              count(*)::text AS approved,
              count(*) FILTER (WHERE first_submitted::date <= $3::date)::text AS on_time
         FROM (SELECT s.organisation_id, min(s.submitted_at) AS first_submitted
                 FROM submission s WHERE s.period_id = $2
                GROUP BY s.organisation_id HAVING bool_or(s.status = 'approved')) approved`,
      [programmeId, periodId, dueDate],
    );
    const expected = Number(row?.expected ?? 0);
    const approved = Number(row?.approved ?? 0);
    const onTime = Number(row?.on_time ?? 0);
    const share = (part: number, whole: number): number | null =>
      whole ? Math.round((part / whole) * 1_000) / 10 : null;
    return {
      completeness: { expected, approved, share: share(approved, expected) },
      timeliness: { approved, onTime, share: share(onTime, approved) },
    };
  }
}
