import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { z } from 'zod';
import { measurementSettingsSchema, type MeasurementSettings } from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { MeasurementSettingsService } from './settings.service.js';

@Controller('programmes/:programmeId/measurement-settings')
export class MeasurementSettingsController {
  constructor(private readonly settings: MeasurementSettingsService) {}

  @Get()
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<MeasurementSettings> {
    return this.settings.get(principal, programmeId);
  }

  @Put()
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Body({ schema: measurementSettingsSchema }) body: MeasurementSettings,
  ): Promise<MeasurementSettings> {
    return this.settings.put(principal, programmeId, body);
  }
}
