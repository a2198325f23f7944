import { Module } from '@nestjs/common';
import { RefusedLoginsController } from './refused-logins.controller.js';

/** Refused logins from Keycloak's event store, for platform admins. */
@Module({ controllers: [RefusedLoginsController] })
export class RefusedLoginsModule {}
