import { BadRequestException, StandardSchemaValidationPipe } from '@nestjs/common';
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

/** Validates `@Body({ schema })`, `@Query({ schema })`, `@Param(..., { schema })` with the contract schemas. */
export function contractValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) =>
      new BadRequestException({
        type: 'https://samvirke.dk/problems/validation',
        title: 'Validation failed',
        detail: `${issues.length} field(s) are invalid.`,
        errors: issuesToFieldErrors(issues),
      }),
  });
}
