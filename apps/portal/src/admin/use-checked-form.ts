import { useState, type FormEvent } from 'react';
import { useServerAnswer } from '../grants/server-answer.js';

/** The form's own checks by JSON pointer; with `sending`, the required fields left empty too. */
export type Check<T> = (form: T, sending: boolean) => Record<string, string>;

/**
 * Sending a form: its own checks first (required fields only once the user tried to send), then
 * the service, whose field errors (problem details' JSON pointers) show next to the same fields.
 * The form's own checks win over the service's answer to an earlier try.
 */
export function useCheckedForm<T>(form: T, check: Check<T>, send: (form: T) => Promise<void>) {
  const answer = useServerAnswer();
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);

  async function submit(): Promise<void> {
    setTried(true);
    if (Object.keys(check(form, true)).length > 0) return;
    setSending(true);
    try {
      await send(form);
      answer.clear();
      setTried(false);
    } catch (error) {
      answer.fail(error);
    } finally {
      setSending(false);
    }
  }

  return {
    errors: { ...answer.fieldErrors, ...check(form, tried) },
    failure: answer.failure,
    tried,
    sending,
    /** The props of the <form>: no browser validation (the form checks itself), send on submit. */
    formProps: {
      noValidate: true,
      onSubmit: (event: FormEvent) => {
        event.preventDefault();
        void submit();
      },
    },
  };
}
