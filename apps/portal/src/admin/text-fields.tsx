import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { TextField } from './text-field.js';

/** One text field of a form: the form's key (also its JSON pointer), its element id and its label. */
export interface TextSpec<K extends string> {
  readonly name: K;
  readonly id: string;
  readonly da: string;
  readonly en: string;
  readonly type?: 'text' | 'date' | 'email' | 'url';
  readonly rows?: number;
  readonly inputMode?: 'numeric';
}

/** Several text fields of one form, each named by the key the service's JSON pointers use. */
export function TextFields<K extends string>({
  fields,
  values,
  errors,
  change,
}: {
  fields: readonly TextSpec<K>[];
  values: Readonly<Record<K, string>>;
  errors: Errors;
  change: (patch: Partial<Record<K, string>>) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={field.id}
          type={field.type}
          rows={field.rows}
          inputMode={field.inputMode}
          label={t(field.da, field.en)}
          pointer={`/${field.name}`}
          value={values[field.name]}
          errors={errors}
          onChange={(value) => change({ [field.name]: value } as Partial<Record<K, string>>)}
        />
      ))}
    </>
  );
}

/** A start and an end date, side by side. */
export function dateRange(prefix: string, optionalStart: boolean): TextSpec<'startDate' | 'endDate'>[] {
  return [
    {
      name: 'startDate',
      id: `${prefix}-start`,
      type: 'date',
      da: optionalStart ? 'Startdato (valgfri)' : 'Startdato',
      en: optionalStart ? 'Start date (optional)' : 'Start date',
    },
    {
      name: 'endDate',
      id: `${prefix}-end`,
      type: 'date',
      da: 'Slutdato (valgfri)',
      en: 'End date (optional)',
    },
  ];
}
