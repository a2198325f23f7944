import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedRequest, Principal } from '@samvirke/auth';

/** The caller as notifications knows people: the verified principal and its verified e-mail. */
export interface CurrentUserInfo {
  readonly principal: Principal;
  readonly email: string | null;
}

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): CurrentUserInfo => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const principal = request.principal;
  if (!principal) throw new Error('CurrentUser used on a public route');
  // Only an address Keycloak has verified (libs/auth): e-mails never go to an unverified one.
  return { principal, email: principal.email ?? null };
});

/**
 * Remembers who called: their e-mail, organisations and roles, so that rules can e-mail users with
 * a role in an organisation and apply their preferences (README.md, "Recipients").
 */
export async function rememberUser(manager: EntityManager, user: CurrentUserInfo): Promise<void> {
  await manager.query(
    `INSERT INTO user_profile (subject, username, email, organisations, roles, last_seen_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (subject) DO UPDATE SET username = EXCLUDED.username, email = EXCLUDED.email,
       organisations = EXCLUDED.organisations, roles = EXCLUDED.roles, last_seen_at = now()`,
    [
      user.principal.subject,
      user.principal.username ?? null,
      user.principal.isServiceAccount ? null : user.email,
      user.principal.organisations,
      user.principal.roles,
    ],
  );
}
