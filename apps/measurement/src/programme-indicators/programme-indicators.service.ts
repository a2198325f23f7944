import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConfigureProgrammeIndicator, ProgrammeIndicatorDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { ValidationFailed } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import {
  configurationEvents,
  goalErrors,
  notAddable,
  rangeErrors,
  withoutStrayQuestion,
} from './programme-indicators.rules.js';
import {
  libraryIndicator,
  listProgrammeIndicators,
  lockedTargets,
  programmeGoalIds,
  upsertProgrammeIndicator,
} from './programme-indicators.store.js';

/** Which indicators a programme tracks, how often, from which baseline towards which targets. */
@Injectable()
export class ProgrammeIndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: MeasurementProgrammeAccess,
  ) {}

  async configure(
    principal: Principal,
    programmeId: string,
    code: string,
    command: ConfigureProgrammeIndicator,
  ): Promise<ProgrammeIndicatorDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      const indicator = await libraryIndicator(manager, code);
      if (!indicator)
        throw new ValidationFailed([{ pointer: '/code', detail: `no indicator has code ${code}` }]);
      const goals = command.goalIds ? await programmeGoalIds(manager, programmeId) : [];
      const errors = [...rangeErrors(indicator, command), ...goalErrors(command.goalIds, goals)];
      if (errors.length) throw new ValidationFailed(errors);
      const previousTargets = await lockedTargets(manager, programmeId, indicator.id);
      if (!previousTargets && !indicator.addable) throw notAddable(code);
      const configured = await upsertProgrammeIndicator(
        manager,
        programmeId,
        indicator.id,
        withoutStrayQuestion(command),
      );
      await this.outbox.recordAll(manager, configurationEvents(configured, previousTargets ?? []));
      return configured;
    });
  }

  async list(principal: Principal, programmeId: string): Promise<ProgrammeIndicatorDto[]> {
    await this.access.view(principal, programmeId);
    return listProgrammeIndicators(this.dataSource.manager, programmeId);
  }
}
