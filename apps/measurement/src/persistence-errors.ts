import { QueryFailedError } from 'typeorm';

/** PostgreSQL's unique_violation: a row with that key exists (the caller maps it to its own conflict). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
