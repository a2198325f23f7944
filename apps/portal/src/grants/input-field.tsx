import type { InputHTMLAttributes } from 'react';
import { Field, invalid, type Errors } from '../components/fields.js';

type Props = {
  readonly id: string;
  readonly label: string;
  /** The field's JSON pointer, as the form's checks and the service's problem details name it. */
  readonly pointer: string;
  readonly errors: Errors;
  readonly value: string;
  readonly onValue: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A labelled input with its message (if any) after it, marked invalid while it has one. */
export function InputField({ id, label, pointer, errors, value, onValue, ...input }: Props) {
  return (
    <Field id={id} label={label} errors={errors} pointer={pointer}>
      <input
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        {...input}
        {...invalid(errors, pointer, id)}
      />
    </Field>
  );
}
