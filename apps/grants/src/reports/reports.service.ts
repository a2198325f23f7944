import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  grantReportApprovedV1,
  grantReportReturnedV1,
  grantReportSubmittedV1,
  type AwardDto,
  type GrantReportDto,
  type GrantReportsDto,
  type ReturnGrantReport,
  type SubmitGrantReport,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { ValidationFailed } from '@samvirke/platform';
import { GrantsAccess } from '../access/grants-access.js';
import { requireGrantee, requireMade } from '../agreements/agreements.rules.js';
import { VisibleAwards } from '../awards/award-visibility.js';
import { TrancheRelease } from '../tranches/tranche-release.service.js';
import {
  financialLines,
  narrative,
  reportErrors,
  requireDecider,
  requireOpenForSubmission,
  requireUndecided,
} from './reports.rules.js';
import { ReportsStore } from './reports.store.js';

/**
 * The grantee's narrative and financial reports on a made award: submitted by the grantee's users on
 * the call's template against the application's budget, approved or returned with comments by the
 * call's foundation; an approval lets a tranche that waited for the report become eligible.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly awards: VisibleAwards,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
    private readonly release: TrancheRelease,
  ) {}

  async list(principal: Principal, awardId: string): Promise<GrantReportsDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      const store = new ReportsStore(manager);
      return {
        template: await store.template(award.callId),
        budgetLines: await store.budget(award.applicationId),
        reports: await store.list(award.id),
      };
    });
  }

  async submit(principal: Principal, awardId: string, command: SubmitGrantReport): Promise<GrantReportDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      requireGrantee(principal, award, 'reports on its grant');
      requireMade(award);
      const store = new ReportsStore(manager);
      const template = await store.template(award.callId);
      const budget = await store.budget(award.applicationId);
      const errors = reportErrors(command, template, budget, award);
      if (errors.length) throw new ValidationFailed(errors, 'The report is not complete.');
      const latest = await store.latest(award.id, command.kind, command.trancheId);
      requireOpenForSubmission(latest);
      const id = randomUUID();
      await store.insert({
        id,
        awardId: award.id,
        kind: command.kind,
        trancheId: command.trancheId,
        version: (latest?.version ?? 0) + 1,
        sections: narrative(command, template),
        financialLines: financialLines(command, budget),
        submittedBy: principal.username ?? principal.subject,
      });
      const report = await store.get(award.id, id);
      await this.outbox.record(
        manager,
        grantReportSubmittedV1,
        { ...reportEvent(award, report), submittedAt: report.submittedAt },
        onProgramme(award),
      );
      return report;
    });
  }

  async approve(principal: Principal, awardId: string, reportId: string): Promise<GrantReportDto> {
    return this.decide(principal, awardId, reportId, 'approved', null);
  }

  async return(
    principal: Principal,
    awardId: string,
    reportId: string,
    command: ReturnGrantReport,
  ): Promise<GrantReportDto> {
    return this.decide(principal, awardId, reportId, 'returned', command.comment);
  }

  private async decide(
    principal: Principal,
    awardId: string,
    reportId: string,
    status: 'approved' | 'returned',
    comment: string | null,
  ): Promise<GrantReportDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      requireDecider(
        principal,
        await this.access.funderOrganisations(manager, principal, award.programmeId),
        award,
      );
      const store = new ReportsStore(manager);
      const report = await store.get(award.id, reportId);
      const latest = await store.latest(award.id, report.kind, report.trancheId);
      requireUndecided(report, latest?.version ?? report.version);
      await store.decide(report.id, status, principal.username ?? principal.subject, comment);
      const decided = await store.get(award.id, report.id);
      const decidedAt = decided.decidedAt ?? new Date().toISOString();
      if (status === 'approved') {
        await this.outbox.record(
          manager,
          grantReportApprovedV1,
          { ...reportEvent(award, decided), decidedAt },
          onProgramme(award),
        );
        await this.release.evaluate(manager, [award.id]);
      } else {
        await this.outbox.record(
          manager,
          grantReportReturnedV1,
          { ...reportEvent(award, decided), decidedAt, comment: comment ?? '' },
          onProgramme(award),
        );
      }
      return decided;
    });
  }
}

/** What every report event tells: which report, of which award, between whom. */
function reportEvent(award: AwardDto, report: GrantReportDto) {
  return {
    reportId: report.id,
    awardId: award.id,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    awardingOrganisationId: award.awardingOrganisationId,
    title: award.title,
    kind: report.kind,
    trancheId: report.trancheId,
    version: report.version,
  };
}

const onProgramme = (award: AwardDto) => ({ subject: award.programmeId, programmeId: award.programmeId });
