import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Field, invalid, type Errors } from './fields.js';

/** What every field takes: its id, label, JSON pointer, the form's messages, its value and its change. */
interface Bound {
  readonly id: string;
  readonly label: string;
  /** The field's JSON pointer, as the form's checks and the service's problem details name it. */
  readonly pointer: string;
  readonly errors: Errors;
  readonly value: string;
  readonly onValue: (value: string) => void;
}

type Props = Bound & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

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

type AreaProps = Bound & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

/** A labelled multi-line field with its message (if any) after it, marked invalid while it has one. */
export function TextAreaField({ id, label, pointer, errors, value, onValue, ...area }: AreaProps) {
  return (
    <Field id={id} label={label} errors={errors} pointer={pointer}>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        {...area}
        {...invalid(errors, pointer, id)}
      />
    </Field>
  );
}
