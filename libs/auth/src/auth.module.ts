import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { authConfigFromEnv, type AuthConfig } from './auth-config.js';
import { AuthGuard } from './auth.guard.js';
import { KeycloakTokenVerifier } from './keycloak-token.verifier.js';

/** Turns on authentication for every route of the application (opt out with @Public()). */
@Global()
@Module({})
export class AuthModule {
  static forRoot(config?: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        {
          provide: KeycloakTokenVerifier,
          useFactory: () => new KeycloakTokenVerifier(config ?? authConfigFromEnv()),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [KeycloakTokenVerifier],
    };
  }
}
