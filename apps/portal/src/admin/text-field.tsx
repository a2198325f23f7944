import { Field, type Errors } from '../components/fields.js';

interface Props {
  id: string;
  label: string;
  pointer: string;
  value: string;
  onChange: (value: string) => void;
  errors: Errors;
  rows?: number;
  type?: 'text' | 'date' | 'datetime-local' | 'email' | 'url';
  inputMode?: 'numeric' | 'text';
  /** A line under the field that helps (an example, what a valid value names). */
  hint?: string | null;
}

/**
 * A labelled text, date or multi-line field with its message from the form's or the service's
 * checks (found by the field's JSON pointer), and an optional hint; both are tied to the input.
 */
export function TextField({
  id,
  label,
  pointer,
  value,
  onChange,
  errors,
  rows,
  type = 'text',
  inputMode,
  hint,
}: Props) {
  const error = errors[pointer];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
  return (
    <Field id={id} label={label} errors={errors} pointer={pointer}>
      {rows ? (
        <textarea rows={rows} {...common} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type={type} inputMode={inputMode} {...common} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
    </Field>
  );
}
