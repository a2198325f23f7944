import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '@samvirke/platform';
import { InvalidToken, KeycloakTokenVerifier } from './keycloak-token.verifier.js';
import type { Role } from './principal.js';
import { REQUIRED_ROLES, type AuthenticatedRequest } from './roles.decorator.js';

const BEARER = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.?[A-Za-z0-9\-_.+/=]*)$/;

/** The token of an `Authorization: Bearer <JWT>` header, or undefined when it has none. */
export function bearerToken(header: string | undefined): string | undefined {
  return BEARER.exec(header ?? '')?.[1];
}

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
    // Express's response and Fastify's reply both set a header with header(name, value).
    const response = context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>();
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      response.header('WWW-Authenticate', 'Bearer realm="samvirke"');
      throw new UnauthorizedException('A bearer token from Keycloak is required.');
    }
    try {
      request.principal = await this.verifier.verify(token);
      request.rawToken = token;
    } catch (error) {
      if (!(error instanceof InvalidToken)) throw error;
      this.logger.debug({ msg: 'token refused', reason: error.message });
      response.header('WWW-Authenticate', 'Bearer realm="samvirke", error="invalid_token"');
      throw new UnauthorizedException('The bearer token is not valid.');
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !request.principal.roles.some((role) => required.includes(role))) {
      throw new ForbiddenException(`This needs one of the roles: ${required.join(', ')}.`);
    }
    return true;
  }
}
