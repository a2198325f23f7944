import { Module } from '@nestjs/common';
import { IdentityProvidersController } from './identity-providers.controller.js';
import { IdentityProvidersService } from './identity-providers.service.js';

/** Organisations' identity providers (SAML, OIDC), registered in Keycloak by platform admins. */
@Module({
  controllers: [IdentityProvidersController],
  providers: [IdentityProvidersService],
})
export class IdentityProvidersModule {}
