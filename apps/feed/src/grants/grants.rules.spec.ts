import { DomainError } from '@samvirke/platform';
import { coversAll, noSuchGrant, readableProgrammes, unknownProgramme } from './grants.rules.js';

const A = '0b7c4a61-8f3e-4d0e-9c7a-1a2b3c4d5e6f';
const B = '1c8d5b72-9a4f-4e1f-8d8b-2b3c4d5e6f70';

describe('the programmes a client reads', () => {
  it('are every granted programme without a filter, each once', () => {
    expect(readableProgrammes([A, B, A], undefined).sort()).toEqual([A, B].sort());
    expect(readableProgrammes([], undefined)).toEqual([]);
  });

  it('are the filter when every programme in it is granted', () => {
    expect(readableProgrammes([A, B], [B])).toEqual([B]);
  });

  it('refuse a filter naming a programme that was not granted, naming it at /programme', () => {
    try {
      readableProgrammes([A], [A, B]);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        kind: 'forbidden',
        errors: [{ pointer: '/programme', detail: `not granted: ${B}` }],
      });
    }
  });
});

describe('grant checks', () => {
  it('cover all programmes only when each distinct one is granted', () => {
    expect(coversAll(2, [A, B, A])).toBe(true);
    expect(coversAll(1, [A, B])).toBe(false);
    expect(coversAll(0, [])).toBe(true);
  });

  it('name the unknown programme as an invalid /programmeId and a missing grant as not found', () => {
    expect(unknownProgramme(A)).toMatchObject({ kind: 'invalid', errors: [{ pointer: '/programmeId' }] });
    const missing = noSuchGrant('c', A);
    expect(missing.kind).toBe('not-found');
    expect(missing.message).toContain(A);
  });
});
