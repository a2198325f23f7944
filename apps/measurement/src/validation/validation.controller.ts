import { Controller, Get, Param } from '@nestjs/common';
import { z } from 'zod';
import type { ValidationReportDto } from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { ValidationService } from './validation.service.js';

@Controller('programmes/:programmeId/validation-report')
export class ValidationController {
  constructor(private readonly validation: ValidationService) {}

  @Get()
  report(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<ValidationReportDto> {
    return this.validation.report(principal, programmeId);
  }
}
