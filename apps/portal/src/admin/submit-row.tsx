import type { ReactNode } from 'react';
import { ErrorMessage } from '../components/status.js';

/** The end of a form: the service's refusal (if any) above the send button and any other buttons. */
export function SubmitRow({
  label,
  failure,
  sending,
  children,
}: {
  label: string;
  failure: unknown;
  sending: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={sending}>
          {label}
        </button>
        {children}
      </div>
    </>
  );
}
