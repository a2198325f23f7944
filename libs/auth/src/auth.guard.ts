import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describeCurrentWork, IS_PUBLIC } from '@samvirke/platform';
import { authenticate, AuthenticationRefused, requireRole } from './authenticate.js';
import { KeycloakTokenVerifier } from './keycloak-token.verifier.js';
import type { Principal, Role } from './principal.js';
import { REQUIRED_ROLES, type AuthenticatedRequest } from './roles.decorator.js';

/**
 * Global guard: every HTTP route needs a valid Keycloak access token unless marked @Public();
 * @Roles() narrows it further. Event handlers are not HTTP and are not guarded here.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: KeycloakTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const outcome = await authenticate(this.verifier, request.headers.authorization);
    if (outcome instanceof AuthenticationRefused) {
      if (outcome.reason) this.logger.debug({ msg: 'token refused', reason: outcome.reason });
      // Fastify's reply; libs/auth names only the one method it calls.
      const response = context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>();
      response.header('WWW-Authenticate', outcome.challenge);
      throw outcome;
    }
    request.principal = outcome.principal;
    request.rawToken = outcome.token;
    recordActor(request, outcome.principal);
    requireRole(
      outcome.principal,
      this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets),
    );
    return true;
  }
}

/** Who acts, for the audit trail every write of this request records (libs/persistence). */
function recordActor(request: AuthenticatedRequest, principal: Principal): void {
  const route = (request as { routeOptions?: { url?: string } }).routeOptions?.url;
  const method = (request as { method?: string }).method;
  describeCurrentWork(
    {
      subject: principal.subject,
      username: principal.username,
      clientId: principal.clientId,
      organisations: principal.organisations,
      onBehalfOf: principal.onBehalfOf,
    },
    method && route ? `${method} ${route}` : undefined,
  );
}
