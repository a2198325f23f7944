import type { FormEvent, ReactNode } from 'react';
import { Field, invalid, type Errors } from '../components/fields.js';

interface InputProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly errors: Errors;
  /** The JSON pointer the service names this field by. */
  readonly pointer: string;
  readonly type?: 'text' | 'date' | 'number';
  readonly hint?: string;
}

/** A labelled text, number or date input with its hint and the service's message for it. */
export function TextField({ id, label, value, onChange, errors, pointer, type = 'text', hint }: InputProps) {
  const described = [hint ? `${id}-hint` : '', errors[pointer] ? `${id}-error` : ''].filter(Boolean);
  return (
    <Field id={id} label={label} errors={errors} pointer={pointer}>
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        inputMode={type === 'number' ? 'decimal' : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...invalid(errors, pointer, id)}
        {...(described.length ? { 'aria-describedby': described.join(' ') } : {})}
      />
    </Field>
  );
}

/** A labelled select of fixed options with the service's message for it. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  errors,
  pointer,
  options,
}: Omit<InputProps, 'type' | 'hint'> & { readonly options: readonly { value: string; label: string }[] }) {
  return (
    <Field id={id} label={label} errors={errors} pointer={pointer}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...invalid(errors, pointer, id)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A checkbox with its label after it. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
  children,
}: {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly children?: ReactNode;
}) {
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** The props that tie a text field or select to a draft's key: id, value, change, and its message. */
export function binder<D extends object>(
  prefix: string,
  draft: D,
  change: (patch: Partial<D>) => void,
  errors: Errors,
) {
  return (key: keyof D & string) => ({
    id: `${prefix}-${key}`,
    value: String(draft[key] ?? ''),
    onChange: (value: string) => change({ [key]: value } as Partial<D>),
    errors,
    pointer: `/${key}`,
  });
}

/** A form's submit handler: no page load, then the action. */
export function submitWith(action: () => Promise<void> | void): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    void action();
  };
}
