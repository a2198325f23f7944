import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { fieldMessage } from '../i18n/field-messages.js';

/**
 * One call to the service from a form: busy while it runs, then the service's field errors (by
 * JSON pointer, in the reader's language) and failure, or `done` with the answer.
 */
export function useAction() {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function run<T>(call: () => Promise<T>, done: (result: T) => void): Promise<void> {
    setBusy(true);
    try {
      const result = await call();
      setErrors({});
      setFailure(null);
      done(result);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors : [];
      setErrors(Object.fromEntries(fields.map((field) => [field.pointer, fieldMessage(t, field.detail)])));
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }
  return { busy, run, errors, failure };
}
