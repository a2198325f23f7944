import { Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { integrationClientIdSchema, type ContactAccessGrant } from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { ContactAccessService } from './contact-access.service.js';

/** Which integration clients may see named contacts (CONTACT_ACCESS_OPERATIONS in libs/contracts). */
@Controller('integration-clients')
export class ContactAccessController {
  constructor(private readonly access: ContactAccessService) {}

  @Get('contact-access')
  @Roles('platform-admin')
  list(): Promise<ContactAccessGrant[]> {
    return this.access.list();
  }

  @Put(':clientId/contact-access')
  @Roles('platform-admin')
  grant(
    @Param('clientId', { schema: integrationClientIdSchema }) clientId: string,
  ): Promise<ContactAccessGrant> {
    return this.access.grant(clientId);
  }

  @Delete(':clientId/contact-access')
  @HttpCode(204)
  @Roles('platform-admin')
  revoke(@Param('clientId', { schema: integrationClientIdSchema }) clientId: string): Promise<void> {
    return this.access.revoke(clientId);
  }
}
