/** Helpers for the unit specs of the partners rules: principals, and what a rule throws. */
import type { Principal, Role } from '@samvirke/auth';

/** A signed-in user with these roles in these organisations, for unit tests of access rules. */
export function principal(roles: readonly Role[], organisations: readonly string[] = []): Principal {
  return {
    subject: `user-${roles.join('-')}`,
    username: undefined,
    clientId: 'samvirke-web',
    roles,
    organisations,
    isServiceAccount: false,
    email: undefined,
    expiresAt: 0,
  };
}

/** What a rule throws, for asserting on its kind and problem pointers. */
export function thrown(action: () => unknown): { kind?: string; pointers: string[]; details: string[] } {
  try {
    action();
  } catch (error) {
    const { kind, errors = [] } = error as { kind?: string; errors?: { pointer: string; detail: string }[] };
    return { kind, pointers: errors.map((e) => e.pointer), details: errors.map((e) => e.detail) };
  }
  throw new Error('expected the rule to throw');
}
