import { Field, invalid, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';

interface Props<V extends string> {
  id: string;
  label: string;
  pointer: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  errors: Errors;
  /** An empty first choice ("Choose …") for a field that has no value yet. */
  choose?: boolean;
  disabled?: boolean;
}

/** A labelled drop-down with its message from the form's or the service's checks. */
export function SelectField<V extends string>({
  id,
  label,
  pointer,
  value,
  options,
  onChange,
  errors,
  choose,
  disabled,
}: Props<V>) {
  const { t } = useI18n();
  return (
    <Field id={id} label={label} errors={errors} pointer={pointer}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as V)}
        {...invalid(errors, pointer, id)}
      >
        {choose && <option value="">{t('Vælg …', 'Choose …')}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
