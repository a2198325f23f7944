import { BadRequestException, Param, StandardSchemaValidationPipe } from '@nestjs/common';
import { z } from 'zod';
import type { ProblemFieldError } from '@samvirke/contracts';

interface Issue {
  readonly message: string;
  /** zod's unrecognized_keys issues list the offending keys here. */
  readonly keys?: readonly string[];
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

function pointer(path: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>): string {
  return path
    .map((segment) => String(typeof segment === 'object' ? segment.key : segment))
    .map((segment) => '/' + segment.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('');
}

export function issuesToFieldErrors(issues: readonly Issue[]): ProblemFieldError[] {
  return issues.flatMap((issue) => {
    const path = issue.path ?? [];
    if (Array.isArray(issue.keys) && issue.keys.length > 0) {
      return issue.keys.map((key) => ({ pointer: pointer([...path, key]), detail: 'unknown field' }));
    }
    return [{ pointer: pointer(path) || '/', detail: issue.message }];
  });
}

/** The 400 problem that names every invalid field; the answer of every schema check at the edge. */
export function validationFailed(issues: readonly Issue[]): BadRequestException {
  return new BadRequestException({
    type: 'https://samvirke.dk/problems/validation',
    title: 'Validation failed',
    detail: `${issues.length} field(s) are invalid.`,
    errors: issuesToFieldErrors(issues),
  });
}

/** Validates `@Body({ schema })`, `@Query({ schema })`, `@Param(..., { schema })` with the contract schemas. */
export function contractValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({ exceptionFactory: validationFailed });
}

/**
 * A path parameter that must be a UUID, checked by the contract validation pipe:
 * `@UuidParam('id') id: string`. Where the caller is wanted too, `@Scoped(...)` of `@samvirke/auth`
 * gives both in one argument.
 */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, { schema: z.uuid() });
}
