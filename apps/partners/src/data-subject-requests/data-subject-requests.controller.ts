import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  openDataSubjectRequestSchema,
  type DataSubjectExport,
  type DataSubjectRequestDto,
  type OpenDataSubjectRequest,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { DataSubjectExportsService } from './data-subject-exports.service.js';
import { DataSubjectRequestsService } from './data-subject-requests.service.js';

@Controller('data-subject-requests')
export class DataSubjectRequestsController {
  constructor(
    private readonly requests: DataSubjectRequestsService,
    private readonly exports: DataSubjectExportsService,
  ) {}

  @Post()
  @HttpCode(201)
  open(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: openDataSubjectRequestSchema }) body: OpenDataSubjectRequest,
  ): Promise<DataSubjectRequestDto> {
    return this.requests.open(principal, body);
  }

  @Get()
  list(@CurrentPrincipal() principal: Principal): Promise<DataSubjectRequestDto[]> {
    return this.requests.list(principal);
  }

  @Get(':requestId')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('requestId', { schema: z.uuid() }) id: string,
  ): Promise<DataSubjectRequestDto> {
    return this.requests.get(principal, id);
  }

  @Get(':requestId/export')
  export(
    @CurrentPrincipal() principal: Principal,
    @Param('requestId', { schema: z.uuid() }) id: string,
  ): Promise<DataSubjectExport> {
    return this.exports.export(principal, id);
  }

  @Delete(':requestId/export')
  @HttpCode(204)
  close(
    @CurrentPrincipal() principal: Principal,
    @Param('requestId', { schema: z.uuid() }) id: string,
  ): Promise<void> {
    return this.exports.close(principal, id);
  }
}
