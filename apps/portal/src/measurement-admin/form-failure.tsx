import { ApiError } from '../api/client.js';
import type { Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';

/** Under a form: what went wrong, pointing at the fields when the service named them. */
export function FormFailure({ failure, errors }: { failure: unknown; errors: Errors }) {
  const { t } = useI18n();
  if (failure === null) return null;
  if (Object.keys(errors).length > 0)
    return (
      <p role="alert" className="error">
        {t('Ret de markerede felter.', 'Correct the marked fields.')}
      </p>
    );
  if (failure instanceof ApiError && failure.status === 409)
    return (
      <p role="alert" className="error">
        {t('Det kan ikke lade sig gøre i den nuværende tilstand', 'Not possible in the current state')} (
        {failure.message})
      </p>
    );
  return <ErrorMessage error={failure} />;
}
