import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { IS_PUBLIC } from '@samvirke/platform';
import { InvalidToken, KeycloakTokenVerifier } from './keycloak-token.verifier.js';
import type { Role } from './principal.js';
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
    const response = context.switchToHttp().getResponse<Response>();
    const header = request.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.?[A-Za-z0-9\-_.+/=]*)$/.exec(header);
    if (!match?.[1]) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="samvirke"');
      throw new UnauthorizedException('A bearer token from Keycloak is required.');
    }
    try {
      request.principal = await this.verifier.verify(match[1]);
      request.rawToken = match[1];
    } catch (error) {
      if (!(error instanceof InvalidToken)) throw error;
      this.logger.debug({ msg: 'token refused', reason: error.message });
      response.setHeader('WWW-Authenticate', 'Bearer realm="samvirke", error="invalid_token"');
      throw new UnauthorizedException('The bearer token is not valid.');
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !request.principal.roles.some((role) => required.includes(role))) {
      throw new ForbiddenException(`This needs one of the roles: ${required.join(', ')}.`);
    }
    return true;
  }
}
