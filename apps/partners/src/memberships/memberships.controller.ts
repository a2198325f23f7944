import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  changeMembershipRolesSchema,
  grantMembershipSchema,
  listMembershipsQuerySchema,
  type GrantMembership,
  type ListMembershipsQuery,
  type MembershipDto,
  type MembershipRole,
  type Page,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { MembershipsService } from './memberships.service.js';

@Controller('programmes/:programmeId/members')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Query({ schema: listMembershipsQuerySchema }) query: ListMembershipsQuery,
  ): Promise<Page<MembershipDto>> {
    return this.memberships.list(principal, programmeId, query);
  }

  @Post()
  @HttpCode(201)
  grant(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Body({ schema: grantMembershipSchema }) body: GrantMembership,
  ): Promise<MembershipDto> {
    return this.memberships.grant(principal, programmeId, body);
  }

  @Put(':organisationId/roles')
  changeRoles(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Param('organisationId', { schema: z.uuid() }) organisationId: string,
    @Body({ schema: changeMembershipRolesSchema }) body: { roles: MembershipRole[] },
  ): Promise<MembershipDto> {
    return this.memberships.changeRoles(principal, programmeId, organisationId, body.roles);
  }

  @Delete(':organisationId')
  @HttpCode(204)
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Param('organisationId', { schema: z.uuid() }) organisationId: string,
  ): Promise<void> {
    return this.memberships.revoke(principal, programmeId, organisationId);
  }
}
