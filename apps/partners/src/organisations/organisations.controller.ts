import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  listOrganisationsQuerySchema,
  registerOrganisationSchema,
  type ListOrganisationsQuery,
  type OrganisationDto,
  type Page,
  type RegisterOrganisation,
  type UpdateOrganisation,
  updateOrganisationSchema,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { OrganisationsService } from './organisations.service.js';

@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @HttpCode(201)
  @Roles('platform-admin')
  register(
    @Body({ schema: registerOrganisationSchema }) body: RegisterOrganisation,
  ): Promise<OrganisationDto> {
    return this.organisations.register(body);
  }

  /** Organisations are the platform's public directory: any signed-in role may list them. */
  @Get()
  list(
    @Query({ schema: listOrganisationsQuerySchema }) query: ListOrganisationsQuery,
  ): Promise<Page<OrganisationDto>> {
    return this.organisations.list(query);
  }

  /** Change details, or archive with `{ "archived": true }`. */
  @Patch(':id')
  @Roles('platform-admin')
  update(
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: updateOrganisationSchema }) body: UpdateOrganisation,
  ): Promise<OrganisationDto> {
    return this.organisations.update(id, body);
  }

  @Get(':id')
  get(@Param('id', { schema: z.uuid() }) id: string): Promise<OrganisationDto> {
    return this.organisations.get(id);
  }
}
