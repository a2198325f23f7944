import { Controller, Get } from '@nestjs/common';
import type { ValidationReportDto } from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { ValidationService } from './validation.service.js';

@Controller('programmes/:programmeId/validation-report')
export class ValidationController {
  constructor(private readonly validation: ValidationService) {}

  @Get()
  report(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<ValidationReportDto> {
    return this.validation.report(principal, programmeId);
  }
}
