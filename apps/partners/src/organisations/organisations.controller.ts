import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
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
import { UuidParam } from '@samvirke/platform';
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
    @UuidParam('id') id: string,
    @Body({ schema: updateOrganisationSchema }) body: UpdateOrganisation,
  ): Promise<OrganisationDto> {
    return this.organisations.update(id, body);
  }

  @Get(':id')
  get(@UuidParam('id') id: string): Promise<OrganisationDto> {
    return this.organisations.get(id);
  }
}
