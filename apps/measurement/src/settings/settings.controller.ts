import { Body, Controller, Get, Put } from '@nestjs/common';
import { measurementSettingsSchema, type MeasurementSettings } from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { MeasurementSettingsService } from './settings.service.js';

@Controller('programmes/:programmeId/measurement-settings')
export class MeasurementSettingsController {
  constructor(private readonly settings: MeasurementSettingsService) {}

  @Get()
  get(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<MeasurementSettings> {
    return this.settings.get(principal, programmeId);
  }

  @Put()
  put(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: measurementSettingsSchema }) body: MeasurementSettings,
  ): Promise<MeasurementSettings> {
    return this.settings.put(principal, programmeId, body);
  }
}
