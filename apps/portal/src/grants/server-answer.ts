import { useState } from 'react';
import { ApiError } from '../api/client.js';
import type { Errors } from '../components/fields.js';

/** The service's field errors (problem details) by JSON pointer, as the forms show them next to their fields. */
export function fieldErrorsOf(error: unknown): Errors {
  return error instanceof ApiError
    ? Object.fromEntries(error.fieldErrors.map((e) => [e.pointer, e.detail]))
    : {};
}

/** The service's last answer: its field errors by JSON pointer, and the error itself. */
export function useServerAnswer() {
  const [fieldErrors, setFieldErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>(null);
  return {
    fieldErrors,
    failure,
    clear: (): void => {
      setFieldErrors({});
      setFailure(null);
    },
    fail: (error: unknown): void => {
      setFieldErrors(fieldErrorsOf(error));
      setFailure(error);
    },
  };
}

export type ServerAnswer = ReturnType<typeof useServerAnswer>;
