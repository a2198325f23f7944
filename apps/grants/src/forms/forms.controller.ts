import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  saveApplicationFormSchema,
  type ApplicationFormDto,
  type SaveApplicationForm,
} from '@samvirke/contracts';
import { Roles, Scoped } from '@samvirke/auth';
import { FormsService } from './forms.service.js';

@Controller('calls/:callId/form')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Put()
  @Roles('foundation-officer', 'platform-admin')
  save(
    @Scoped('callId') { principal, callId }: Scoped<'callId'>,
    @Body({ schema: saveApplicationFormSchema }) body: SaveApplicationForm,
  ): Promise<ApplicationFormDto> {
    return this.forms.save(principal, callId, body);
  }

  @Get()
  current(@Scoped('callId') { callId }: Scoped<'callId'>): Promise<ApplicationFormDto> {
    return this.forms.current(callId);
  }

  @Get('versions/:version')
  version(
    @Scoped('callId') { callId }: Scoped<'callId'>,
    @Param('version') version: string,
  ): Promise<ApplicationFormDto> {
    return this.forms.version(callId, /^\d{1,6}$/.test(version) ? Number(version) : Number.NaN);
  }
}
