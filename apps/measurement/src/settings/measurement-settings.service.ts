import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DEFAULT_MEASUREMENT_SETTINGS, type MeasurementSettings } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { ValidationFailed } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';

/** A programme's cross-indicator rules and suppression thresholds (defaults until the backbone sets them). */
@Injectable()
export class MeasurementSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
  ) {}

  async get(principal: Principal, programmeId: string): Promise<MeasurementSettings> {
    await this.access.view(principal, programmeId);
    return this.of(this.dataSource.manager, programmeId);
  }

  async put(
    principal: Principal,
    programmeId: string,
    settings: MeasurementSettings,
  ): Promise<MeasurementSettings> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      const codes = [...new Set(settings.rules.flatMap((rule) => [rule.left, rule.right]))];
      const known = new Set(
        (
          await manager.query<{ code: string }[]>(`SELECT code FROM indicator WHERE code = ANY($1::text[])`, [
            codes,
          ])
        ).map((row) => row.code),
      );
      const errors = settings.rules.flatMap((rule, index) =>
        (['left', 'right'] as const)
          .filter((side) => !known.has(rule[side]))
          .map((side) => ({
            pointer: `/rules/${index}/${side}`,
            detail: `no indicator has code ${rule[side]}`,
          })),
      );
      if (errors.length) throw new ValidationFailed(errors);
      await manager.query(
        `INSERT INTO programme_settings (programme_id, rules, suppress_below, min_contributors) VALUES ($1, $2, $3, $4)
         ON CONFLICT (programme_id) DO UPDATE SET rules = EXCLUDED.rules, suppress_below = EXCLUDED.suppress_below,
           min_contributors = EXCLUDED.min_contributors, updated_at = now()`,
        [programmeId, JSON.stringify(settings.rules), settings.suppressBelow, settings.minContributors],
      );
      return settings;
    });
  }

  async of(manager: EntityManager, programmeId: string): Promise<MeasurementSettings> {
    const [row] = await manager.query<
      { rules: MeasurementSettings['rules']; suppress_below: number; min_contributors: number }[]
    >(`SELECT rules, suppress_below, min_contributors FROM programme_settings WHERE programme_id = $1`, [
      programmeId,
    ]);
    return row
      ? { rules: row.rules, suppressBelow: row.suppress_below, minContributors: row.min_contributors }
      : DEFAULT_MEASUREMENT_SETTINGS;
  }
}
