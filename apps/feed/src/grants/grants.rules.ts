import { DomainError } from '@samvirke/platform';

/**
 * The programmes a client reads, from those granted to it, narrowed to the `programme` filter.
 * Asking for a programme that was not granted is refused, not silently empty.
 */
export function readableProgrammes(
  granted: readonly string[],
  requested: readonly string[] | undefined,
): string[] {
  const grantedSet = new Set(granted);
  if (!requested) return [...grantedSet];
  const refused = requested.filter((id) => !grantedSet.has(id));
  if (refused.length > 0) {
    throw new DomainError(
      'forbidden',
      `This client is not granted programme(s) ${refused.join(', ')}; a platform admin grants them.`,
      [{ pointer: '/programme', detail: `not granted: ${refused.join(', ')}` }],
    );
  }
  return [...requested];
}

/** Whether `count` distinct granted programmes cover every one asked about. */
export function coversAll(count: number, programmeIds: readonly string[]): boolean {
  return count === new Set(programmeIds).size;
}

/** Grants may only name programmes the feed has heard of (from partners' events). */
export function unknownProgramme(programmeId: string): DomainError {
  return new DomainError('invalid', `The event feed knows no programme ${programmeId} (yet).`, [
    { pointer: '/programmeId', detail: 'no such programme' },
  ]);
}

export function noSuchGrant(clientId: string, programmeId: string): DomainError {
  return new DomainError('not-found', `Client ${clientId} has no grant for programme ${programmeId}.`);
}
