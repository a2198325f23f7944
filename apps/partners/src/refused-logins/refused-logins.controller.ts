import { Controller, Get, Query } from '@nestjs/common';
import {
  listRefusedLoginsQuerySchema,
  type ListRefusedLoginsQuery,
  type RefusedLoginsDto,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { KeycloakIdentityAdmin } from '../keycloak-identity-admin.js';
import { RefusedLoginsStore } from './refused-logins.store.js';

/**
 * Refused logins (an organisation not connected, a refused SAML response, a bad password), read
 * from Keycloak's event store through the service account; Samvirke keeps no copy.
 */
@Controller('refused-logins')
export class RefusedLoginsController {
  constructor(private readonly keycloak: KeycloakIdentityAdmin) {}

  @Get()
  @Roles('platform-admin')
  async list(
    @Query({ schema: listRefusedLoginsQuerySchema }) query: ListRefusedLoginsQuery,
  ): Promise<RefusedLoginsDto> {
    return { items: await new RefusedLoginsStore(this.keycloak).newest(query.limit) };
  }
}
