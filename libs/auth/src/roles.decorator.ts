import type { IncomingHttpHeaders } from 'node:http';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Principal, Role } from './principal.js';

export const REQUIRED_ROLES = 'samvirke:roles';

/** The caller needs at least one of these realm roles; finer checks happen in the use case. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_ROLES, roles);

/** A request the guard has let through, on any HTTP platform: it carries the verified caller. */
export interface AuthenticatedRequest {
  readonly headers: IncomingHttpHeaders;
  principal?: Principal;
  rawToken?: string;
}

/** The verified caller of the request being handled; only on routes that are not @Public(). */
export function requestPrincipal(context: ExecutionContext): Principal {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('the caller was asked for on a public route');
  return principal;
}

/** The verified caller of the current request (only on routes that are not @Public()). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal =>
  requestPrincipal(context),
);
