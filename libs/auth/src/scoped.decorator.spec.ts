import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { contractValidationPipe } from '@samvirke/platform';
import type { Principal } from './principal.js';
import { scopeOf } from './scoped.decorator.js';

const principal = { subject: 's1', roles: [], organisations: [] } as unknown as Principal;
const award = '0b9d6f4e-6a4f-4c47-9a55-1d6f0f9f2a10';
const report = '5c0f3e57-4f4b-4d7e-8d6c-0a3c2f7a9e21';

function problemOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof BadRequestException) return error.getResponse();
    throw error;
  }
  throw new Error('no problem was raised');
}

describe('scopeOf', () => {
  it('gives the caller and every named UUID parameter', () => {
    const scope = scopeOf(principal, { awardId: award, reportId: report, other: 'x' }, [
      'awardId',
      'reportId',
    ]);
    expect(scope).toEqual({ principal, awardId: award, reportId: report });
  });

  it('answers a parameter that is not a UUID with the problem @Param(name, { schema: z.uuid() }) gives', async () => {
    const pipe = contractValidationPipe();
    const metadata = { type: 'param', data: 'reportId', schema: z.uuid() } as const;
    const expected = await pipe.transform('nope', metadata).then(
      () => 'accepted',
      (error: BadRequestException) => error.getResponse(),
    );
    expect(
      problemOf(() => scopeOf(principal, { awardId: award, reportId: 'nope' }, ['awardId', 'reportId'])),
    ).toEqual(expected);
    expect(expected).toMatchObject({ errors: [{ pointer: '/', detail: 'Invalid UUID' }] });
  });
});
