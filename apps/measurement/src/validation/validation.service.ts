import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ValidationReportDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { MeasurementSettingsService } from '../settings/settings.service.js';
import { ruleViolations } from './validation.rules.js';
import { approvedTotals } from './validation.store.js';

/** The programme's cross-indicator rules evaluated over its approved history (submission checks them going forward). */
@Injectable()
export class ValidationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
    private readonly settings: MeasurementSettingsService,
  ) {}

  async report(principal: Principal, programmeId: string): Promise<ValidationReportDto> {
    await this.access.manage(principal, programmeId);
    const manager = this.dataSource.manager;
    const { rules } = await this.settings.of(manager, programmeId);
    const codes = [...new Set(rules.flatMap((rule) => [rule.left, rule.right]))];
    const totals = codes.length ? await approvedTotals(manager, programmeId, codes) : [];
    return { programmeId, rules, violations: ruleViolations(totals, rules) };
  }
}
