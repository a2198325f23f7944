import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import type { Loaded } from '../portal-context.js';

export function ErrorMessage({ error }: { error: unknown }) {
  const i18n = useI18n();
  let text = i18n.t('Noget gik galt.', 'Something went wrong.');
  if (error instanceof ApiError) {
    if (error.status === 404)
      text = i18n.t('Findes ikke, eller du har ikke adgang.', 'Not found, or no access.');
    else if (error.status === 403)
      text = i18n.t('Du har ikke adgang til dette.', 'You are not allowed to do this.');
    else text = error.message;
  }
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}

/** Shows a loading line or an error until the data is there. */
export function Await<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T, reload: () => void) => ReactNode;
}) {
  const i18n = useI18n();
  switch (loaded.state) {
    case 'loading':
      return (
        <p role="status" className="muted">
          {i18n.t('Henter …', 'Loading …')}
        </p>
      );
    case 'failed':
      return <ErrorMessage error={loaded.error} />;
    case 'ready':
      return <>{children(loaded.data, loaded.reload)}</>;
  }
}

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge badge-${status}`}>{label}</span>;
}
