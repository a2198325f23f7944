import type { ProblemFieldError } from '@samvirke/contracts';

export type DomainErrorKind = 'invalid' | 'not-found' | 'conflict' | 'forbidden';

/**
 * Errors a use case throws on purpose. The HTTP layer maps the kind to a status in one place
 * (ProblemDetailsFilter), so services never build HTTP responses for business rules.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly errors: readonly ProblemFieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ValidationFailed extends DomainError {
  constructor(errors: readonly ProblemFieldError[], message = 'The request has invalid fields.') {
    super('invalid', message, errors);
    this.name = 'ValidationFailed';
  }
}
