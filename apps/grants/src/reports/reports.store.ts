import type { EntityManager } from 'typeorm';
import type { GrantReportDto, GrantReportKind, ReportSection } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { iso } from '../access/grants-access.js';
import type { BudgetLine } from './reports.rules.js';

interface ReportRow {
  id: string;
  award_id: string;
  kind: GrantReportKind;
  tranche_id: string | null;
  version: number;
  status: GrantReportDto['status'];
  sections: GrantReportDto['sections'];
  financial_lines: GrantReportDto['financialLines'];
  submitted_at: Date;
  submitted_by: string;
  decided_at: Date | null;
  decided_by: string | null;
  comment: string | null;
}

export type NewReport = Pick<
  GrantReportDto,
  'id' | 'awardId' | 'kind' | 'trancheId' | 'version' | 'sections' | 'financialLines' | 'submittedBy'
>;

export function reportNotFound(reportId: string): DomainError {
  return new DomainError('not-found', `No report ${reportId} on this award.`);
}

/** The grantees' reports on awards, every version kept; the call's template and the application's budget. */
export class ReportsStore {
  constructor(private readonly manager: EntityManager) {}

  async template(callId: string): Promise<ReportSection[]> {
    const [row] = await this.manager.query<{ report_sections: ReportSection[] }[]>(
      `SELECT report_sections FROM grant_call WHERE id = $1`,
      [callId],
    );
    return row?.report_sections ?? [];
  }

  async budget(applicationId: string): Promise<BudgetLine[]> {
    const [row] = await this.manager.query<{ budget_lines: BudgetLine[] }[]>(
      `SELECT budget_lines FROM application WHERE id = $1`,
      [applicationId],
    );
    return row?.budget_lines ?? [];
  }

  /** The award's reports, every version, newest first. */
  async list(awardId: string): Promise<GrantReportDto[]> {
    const rows = await this.manager.query<ReportRow[]>(
      `SELECT * FROM grant_report WHERE award_id = $1 ORDER BY submitted_at DESC, version DESC`,
      [awardId],
    );
    return rows.map(toReportDto);
  }

  /** The latest version of the award's report of this kind on this tranche (or on none). */
  async latest(
    awardId: string,
    kind: GrantReportKind,
    trancheId: string | null,
  ): Promise<GrantReportDto | undefined> {
    const [row] = await this.manager.query<ReportRow[]>(
      `SELECT * FROM grant_report WHERE award_id = $1 AND kind = $2 AND tranche_id IS NOT DISTINCT FROM $3
        ORDER BY version DESC LIMIT 1`,
      [awardId, kind, trancheId],
    );
    return row && toReportDto(row);
  }

  async get(awardId: string, reportId: string): Promise<GrantReportDto> {
    const [row] = await this.manager.query<ReportRow[]>(
      `SELECT * FROM grant_report WHERE id = $1 AND award_id = $2`,
      [reportId, awardId],
    );
    if (!row) throw reportNotFound(reportId);
    return toReportDto(row);
  }

  async insert(report: NewReport): Promise<void> {
    await this.manager.query(
      `INSERT INTO grant_report (id, award_id, kind, tranche_id, version, status, sections, financial_lines, submitted_by)
       VALUES ($1, $2, $3, $4, $5, 'submitted', $6, $7, $8)`,
      [
        report.id,
        report.awardId,
        report.kind,
        report.trancheId,
        report.version,
        JSON.stringify(report.sections),
        JSON.stringify(report.financialLines),
        report.submittedBy,
      ],
    );
  }

  async decide(
    reportId: string,
    status: 'approved' | 'returned',
    decidedBy: string,
    comment: string | null,
  ): Promise<void> {
    await this.manager.query(
      `UPDATE grant_report SET status = $2, decided_by = $3, decided_at = now(), comment = $4 WHERE id = $1`,
      [reportId, status, decidedBy, comment],
    );
  }
}

function toReportDto(row: ReportRow): GrantReportDto {
  return {
    id: row.id,
    awardId: row.award_id,
    kind: row.kind,
    trancheId: row.tranche_id,
    version: row.version,
    status: row.status,
    sections: row.sections,
    financialLines: row.financial_lines,
    submittedAt: row.submitted_at.toISOString(),
    submittedBy: row.submitted_by,
    decidedAt: iso(row.decided_at),
    decidedBy: row.decided_by,
    comment: row.comment,
  };
}
