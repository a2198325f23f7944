import { useState } from 'react';
import { useServerAnswer } from '../grants/use-application-draft.js';

/**
 * One call to the service from a form: busy while it runs, then the service's field errors (by
 * JSON pointer) and failure, or `done` with the answer.
 */
export function useAction() {
  const answer = useServerAnswer();
  const [busy, setBusy] = useState(false);
  async function run<T>(call: () => Promise<T>, done: (result: T) => void): Promise<void> {
    setBusy(true);
    try {
      const result = await call();
      answer.clear();
      done(result);
    } catch (error) {
      answer.fail(error);
    } finally {
      setBusy(false);
    }
  }
  return { busy, run, errors: answer.fieldErrors, failure: answer.failure };
}
