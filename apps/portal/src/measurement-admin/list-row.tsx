import type { Errors } from '../components/fields.js';
import { TextField } from './inputs.js';

export interface ListField<R> {
  readonly key: keyof R & string;
  readonly label: string;
  readonly type?: 'text' | 'number';
  readonly hint?: string;
}

/**
 * One row of a repeated group in a form (a target, a disaggregation): its text fields, each named by
 * the JSON pointer `<list>/<index>/<key>`, and the button that removes the row.
 */
export function ListRow<R extends Record<string, string>>({
  list,
  index,
  row,
  fields,
  errors,
  update,
  remove,
}: {
  list: string;
  index: number;
  row: R;
  fields: readonly ListField<R>[];
  errors: Errors;
  update: (index: number, patch: Partial<R>) => void;
  remove: { label: string; onRemove: (index: number) => void };
}) {
  return (
    <div className="budget-line">
      {fields.map((field) => (
        <TextField
          key={field.key}
          id={`${list}-${index}-${field.key}`}
          label={field.label}
          type={field.type ?? 'text'}
          {...(field.hint ? { hint: field.hint } : {})}
          value={row[field.key] ?? ''}
          onChange={(value) => update(index, { [field.key]: value } as Partial<R>)}
          errors={errors}
          pointer={`/${list}/${index}/${field.key}`}
        />
      ))}
      <button type="button" onClick={() => remove.onRemove(index)}>
        {remove.label}
      </button>
    </div>
  );
}
