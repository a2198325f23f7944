import { Global, Module } from '@nestjs/common';
import { KeycloakIdentityAdmin } from './keycloak-identity-admin.js';

/** Keycloak's admin REST API through the least-privilege service account, for the features that write there. */
@Global()
@Module({ providers: [KeycloakIdentityAdmin], exports: [KeycloakIdentityAdmin] })
export class IdentityAdminModule {}
