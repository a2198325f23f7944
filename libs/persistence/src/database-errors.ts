import { QueryFailedError } from 'typeorm';

/**
 * PostgreSQL's unique_violation (23505), if that is what `error` is: a row with that key exists.
 * Carries the violated constraint's name, so a caller can say which field is taken; each caller
 * maps it to its own conflict.
 */
export function uniqueViolation(error: unknown): { readonly constraint?: string } | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' ? driverError : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return uniqueViolation(error) !== undefined;
}
