import type { FormEvent } from 'react';

/**
 * After a send the form refused, moves focus to its first field marked invalid, once React has
 * drawn the messages, so that keyboard and screen reader users land on what to fix.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

/** A form's submit handler: sends, and when the form's checks or the service refuse, focuses what to fix. */
export function sendOnSubmit(send: () => Promise<boolean>) {
  return (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = event.currentTarget;
    void send().then((sent) => sent || focusFirstInvalid(form));
  };
}
