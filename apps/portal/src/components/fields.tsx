import type { ReactNode } from 'react';

/** Messages by the JSON pointer of their field, as the form checks them and as the services name them. */
export type Errors = Readonly<Record<string, string>>;

/** Marks a field invalid and points it at its message, when the field (by JSON pointer) has one. */
export function invalid(errors: Errors, pointer: string, id: string) {
  return errors[pointer] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}

/** The message next to a field, found by the field's JSON pointer. */
export function FieldError({ errors, pointer, id }: { errors: Errors; pointer: string; id: string }) {
  return errors[pointer] ? (
    <p id={`${id}-error`} className="field-error">
      {errors[pointer]}
    </p>
  ) : null;
}

/** A labelled field; given the field's JSON pointer, its message (if any) follows the input. */
export function Field({
  id,
  label,
  errors,
  pointer,
  children,
}: {
  id: string;
  label: string;
  errors?: Errors;
  pointer?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {errors && pointer && <FieldError errors={errors} pointer={pointer} id={id} />}
    </div>
  );
}
