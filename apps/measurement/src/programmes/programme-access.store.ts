import type { EntityManager } from 'typeorm';
import { standingIn, type ProgrammeStanding } from '@samvirke/directory';

/**
 * Measurement's reads for access checks: the caller's standing in a programme, from measurement's
 * copy of partners' directory (the queries are libs/directory's, shared with grants).
 */
export function callerStanding(
  manager: EntityManager,
  programmeId: string,
  organisations: readonly string[],
): Promise<ProgrammeStanding> {
  return standingIn(manager, programmeId, organisations);
}
