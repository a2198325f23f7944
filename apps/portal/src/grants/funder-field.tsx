import { Field, invalid, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import type { FunderChoice } from './funder-choices.js';

const POINTER = '/funderOrganisationId';

/**
 * The foundation a commitment or call is made for: named when the user acts for one only, chosen
 * when they act for several (a platform admin, an officer of two funders).
 */
export function FunderField({
  id,
  choices,
  value,
  errors,
  onChange,
}: {
  id: string;
  choices: readonly FunderChoice[];
  value: string;
  errors: Errors;
  onChange: (funder: string) => void;
}) {
  const { t } = useI18n();
  if (choices.length === 1)
    return (
      <p>
        {t('For', 'For')} <strong>{choices[0]?.name}</strong>
      </p>
    );
  return (
    <Field id={id} label={t('Fond', 'Foundation')} errors={errors} pointer={POINTER}>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...invalid(errors, POINTER, id)}
      >
        <option value="">{t('Vælg fond', 'Choose a foundation')}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
