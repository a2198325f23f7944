import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Principal, requestPrincipal } from '@samvirke/auth';

/** The caller as notifications knows people: the verified principal and its verified e-mail. */
export interface CurrentUserInfo {
  readonly principal: Principal;
  readonly email: string | null;
}

/**
 * The principal the guard verified (libs/auth reads the token's claims once), with its e-mail:
 * only an address Keycloak has verified, so e-mails never go to an unverified one.
 */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): CurrentUserInfo => {
  const principal = requestPrincipal(context);
  return { principal, email: principal.email ?? null };
});
