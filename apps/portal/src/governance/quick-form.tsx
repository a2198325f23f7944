import { useState } from 'react';
import { SelectField } from '../admin/select-field.js';
import type { Errors } from '../components/fields.js';
import { SubmitRow } from '../admin/submit-row.js';
import { TextField } from '../admin/text-field.js';
import { useCheckedForm } from '../admin/use-checked-form.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';

export type Values = Readonly<Record<string, string>>;

/** One field of a quick form: its name in the values, and the JSON pointer the service names it by. */
export interface QuickField {
  readonly name: string;
  readonly label: string;
  readonly pointer: string;
  readonly kind?: 'text' | 'textarea' | 'date' | 'datetime-local' | 'url';
  readonly options?: readonly { value: string; label: string }[];
  readonly required?: boolean;
  readonly hint?: string;
}

export interface QuickFormProps {
  readonly id: string;
  readonly heading: string;
  readonly submit: string;
  readonly fields: readonly QuickField[];
  readonly initial?: Values;
  readonly method?: 'POST' | 'PUT';
  /** Where to send, and what, from the values entered. */
  readonly path: (values: Values) => string;
  readonly body: (values: Values) => unknown;
  readonly onSent: () => void;
}

/**
 * A small form of labelled fields for the governance pages: required fields checked before
 * sending, the service's field errors shown at their fields, emptied again once sent.
 */
export function QuickForm(props: QuickFormProps) {
  const { t } = useI18n();
  const { api } = usePortal();
  const empty = props.initial ?? {};
  const [values, setValues] = useState<Values>(empty);
  const form = useCheckedForm(
    values,
    (v, sending) =>
      Object.fromEntries(
        props.fields
          .filter((field) => sending && field.required && !v[field.name]?.trim())
          .map((field) => [field.pointer, t('Skal udfyldes', 'Required')]),
      ),
    async (v) => {
      await api.send(props.method ?? 'POST', props.path(v), props.body(v));
      setValues(empty);
      props.onSent();
    },
  );
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      <form {...form.formProps}>
        {props.fields.map((field) => (
          <QuickInput
            key={field.name}
            id={`${props.id}-${field.name}`}
            field={field}
            value={values[field.name] ?? ''}
            onChange={(value) => setValues({ ...values, [field.name]: value })}
            errors={form.errors}
          />
        ))}
        <SubmitRow label={props.submit} failure={form.failure} sending={form.sending} />
      </form>
    </section>
  );
}

interface QuickInputProps {
  readonly id: string;
  readonly field: QuickField;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly errors: Errors;
}

/** One field: a drop-down when it has options, else a text, date or multi-line field. */
function QuickInput({ id, field, value, onChange, errors }: QuickInputProps) {
  const common = { id, label: field.label, pointer: field.pointer, value, onChange, errors };
  if (field.options) return <SelectField {...common} options={field.options} choose />;
  const textarea = field.kind === 'textarea' ? { rows: 6 } : {};
  const type = field.kind === 'textarea' ? undefined : field.kind;
  return <TextField {...common} {...textarea} type={type} hint={field.hint ?? null} />;
}

/** A local date-time field's value as an instant. */
export const instant = (local: string | undefined): string => (local ? new Date(local).toISOString() : '');
/** The non-empty lines of a multi-line field. */
export const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
