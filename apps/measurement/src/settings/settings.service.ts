import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MeasurementSettings } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { ValidationFailed } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { ruleCodes, unknownCodeErrors } from './settings.rules.js';
import { knownIndicatorCodes, readSettings, writeSettings } from './settings.store.js';

/** A programme's cross-indicator rules and suppression thresholds (defaults until the backbone sets them). */
@Injectable()
export class MeasurementSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
  ) {}

  async get(principal: Principal, programmeId: string): Promise<MeasurementSettings> {
    await this.access.view(principal, programmeId);
    return readSettings(this.dataSource.manager, programmeId);
  }

  async put(
    principal: Principal,
    programmeId: string,
    settings: MeasurementSettings,
  ): Promise<MeasurementSettings> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      const errors = unknownCodeErrors(settings, await knownIndicatorCodes(manager, ruleCodes(settings)));
      if (errors.length) throw new ValidationFailed(errors);
      await writeSettings(manager, programmeId, settings);
      return settings;
    });
  }

  /** The settings other features apply (submissions' rules, progress's thresholds), on their transaction. */
  of(manager: EntityManager, programmeId: string): Promise<MeasurementSettings> {
    return readSettings(manager, programmeId);
  }
}
