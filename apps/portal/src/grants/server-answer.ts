import { useState } from 'react';
import { ApiError } from '../api/client.js';
import type { Errors } from '../components/fields.js';
import { fieldMessage } from '../i18n/field-messages.js';
import { useI18n } from '../i18n/i18n.js';

/** The service's field errors (problem details) by JSON pointer, as the forms show them next to their fields. */
export function fieldErrorsOf(error: unknown): Errors {
  return error instanceof ApiError
    ? Object.fromEntries(error.fieldErrors.map((e) => [e.pointer, e.detail]))
    : {};
}

/** The service's last answer: its field errors by JSON pointer in the reader's language, and the error itself. */
export function useServerAnswer() {
  const { t } = useI18n();
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
      const errors = Object.entries(fieldErrorsOf(error));
      setFieldErrors(
        Object.fromEntries(errors.map(([pointer, detail]) => [pointer, fieldMessage(t, detail)])),
      );
      setFailure(error);
    },
  };
}

export type ServerAnswer = ReturnType<typeof useServerAnswer>;
