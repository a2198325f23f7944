import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  createProgrammeSchema,
  listProgrammesQuerySchema,
  updateProgrammeSchema,
  type CreateProgramme,
  type ListProgrammesQuery,
  type Page,
  type ProgrammeDto,
  type UpdateProgramme,
} from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { ProgrammesService } from './programmes.service.js';

export const programmeId = z.uuid();

@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Post()
  @HttpCode(201)
  @Roles('foundation-officer', 'platform-admin')
  create(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createProgrammeSchema }) body: CreateProgramme,
  ): Promise<ProgrammeDto> {
    return this.programmes.create(principal, body);
  }

  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: listProgrammesQuerySchema }) query: ListProgrammesQuery,
  ): Promise<Page<ProgrammeDto>> {
    return this.programmes.list(principal, query);
  }

  @Get(':id')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', { schema: programmeId }) id: string,
  ): Promise<ProgrammeDto> {
    return this.programmes.get(principal, id);
  }

  /** The agenda, goals (ordered; ids kept), themes, dates, status and backbone. */
  @Patch(':id')
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', { schema: programmeId }) id: string,
    @Body({ schema: updateProgrammeSchema }) body: UpdateProgramme,
  ): Promise<ProgrammeDto> {
    return this.programmes.update(principal, id, body);
  }
}
