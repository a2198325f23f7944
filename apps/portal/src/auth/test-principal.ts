import type { Principal, Role } from './session.js';

/** For unit specs: someone of one organisation with the roles given. */
export function principalWith(...roles: Role[]): Principal {
  return { subject: 's', username: 'u', name: 'U', roles, organisations: ['o'] };
}
