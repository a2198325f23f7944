import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
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
import { Scoped } from '@samvirke/auth';
import { MembershipsService } from './memberships.service.js';

@Controller('programmes/:programmeId/members')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get()
  list(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: listMembershipsQuerySchema }) query: ListMembershipsQuery,
  ): Promise<Page<MembershipDto>> {
    return this.memberships.list(principal, programmeId, query);
  }

  @Post()
  @HttpCode(201)
  grant(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: grantMembershipSchema }) body: GrantMembership,
  ): Promise<MembershipDto> {
    return this.memberships.grant(principal, programmeId, body);
  }

  @Put(':organisationId/roles')
  changeRoles(
    @Scoped('programmeId', 'organisationId')
    { principal, programmeId, organisationId }: Scoped<'programmeId' | 'organisationId'>,
    @Body({ schema: changeMembershipRolesSchema }) body: { roles: MembershipRole[] },
  ): Promise<MembershipDto> {
    return this.memberships.changeRoles(principal, programmeId, organisationId, body.roles);
  }

  @Delete(':organisationId')
  @HttpCode(204)
  revoke(
    @Scoped('programmeId', 'organisationId')
    { principal, programmeId, organisationId }: Scoped<'programmeId' | 'organisationId'>,
  ): Promise<void> {
    return this.memberships.revoke(principal, programmeId, organisationId);
  }
}
