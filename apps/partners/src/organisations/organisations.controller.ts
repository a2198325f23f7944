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
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { UuidParam } from '@samvirke/platform';
import { OrganisationsService } from './organisations.service.js';

@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Platform admins register any organisation; a municipality's reporters its sub-units. */
  @Post()
  @HttpCode(201)
  @Roles('platform-admin', 'reporter')
  register(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: registerOrganisationSchema }) body: RegisterOrganisation,
  ): Promise<OrganisationDto> {
    return this.organisations.register(principal, body);
  }

  /** Organisations are the platform's public directory: any signed-in role may list them. */
  @Get()
  list(
    @Query({ schema: listOrganisationsQuerySchema }) query: ListOrganisationsQuery,
  ): Promise<Page<OrganisationDto>> {
    return this.organisations.list(query);
  }

  /**
   * Change details, move under another parent, or archive with `{ "archived": true }`. A
   * municipality's reporters change its sub-units.
   */
  @Patch(':id')
  @Roles('platform-admin', 'reporter')
  update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Body({ schema: updateOrganisationSchema }) body: UpdateOrganisation,
  ): Promise<OrganisationDto> {
    return this.organisations.update(principal, id, body);
  }

  @Get(':id')
  get(@UuidParam('id') id: string): Promise<OrganisationDto> {
    return this.organisations.get(id);
  }
}
