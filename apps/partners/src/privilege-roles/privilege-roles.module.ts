import { Module } from '@nestjs/common';
import { PrivilegeRolesController } from './privilege-roles.controller.js';
import { PrivilegeRolesService } from './privilege-roles.service.js';

/** Which Samvirke role a privilege from an organisation's identity provider gives (platform admins). */
@Module({
  controllers: [PrivilegeRolesController],
  providers: [PrivilegeRolesService],
})
export class PrivilegeRolesModule {}
