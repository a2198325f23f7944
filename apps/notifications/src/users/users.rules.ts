import type { CurrentUserInfo } from './current-user.js';

/** What notifications remembers of a caller (README.md, "Recipients"). */
export interface UserProfile {
  readonly subject: string;
  readonly username: string | null;
  readonly email: string | null;
  readonly organisations: readonly string[];
  readonly roles: readonly string[];
}

/** A machine client is remembered without an e-mail: no rule may mail a service account. */
export function userProfile(user: CurrentUserInfo): UserProfile {
  return {
    subject: user.principal.subject,
    username: user.principal.username ?? null,
    email: user.principal.isServiceAccount ? null : user.email,
    organisations: user.principal.organisations,
    roles: user.principal.roles,
  };
}
