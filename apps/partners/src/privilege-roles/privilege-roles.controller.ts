import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  replacePrivilegeRolesSchema,
  type PrivilegeRolesDto,
  type ReplacePrivilegeRoles,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { PrivilegeRolesService } from './privilege-roles.service.js';

@Controller('privilege-roles')
export class PrivilegeRolesController {
  constructor(private readonly privilegeRoles: PrivilegeRolesService) {}

  @Get()
  @Roles('platform-admin')
  read(): Promise<PrivilegeRolesDto> {
    return this.privilegeRoles.read();
  }

  @Put()
  @Roles('platform-admin')
  replace(
    @Body({ schema: replacePrivilegeRolesSchema }) body: ReplacePrivilegeRoles,
  ): Promise<PrivilegeRolesDto> {
    return this.privilegeRoles.replace(body);
  }
}
