import type { Principal } from '@samvirke/auth';
import type { CurrentUserInfo } from './current-user.js';

/** What notifications remembers of a caller (README.md, "Recipients"): the principal, as stored. */
export type UserProfile = Pick<Principal, 'subject' | 'organisations' | 'roles'> & {
  readonly username: string | null;
  readonly email: string | null;
};

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
