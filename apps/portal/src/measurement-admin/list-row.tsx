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

export interface ListFieldsetProps<R> {
  /** The list's name in the draft and in JSON pointers: "targets". */
  readonly list: string;
  readonly legend: string;
  readonly rows: readonly R[];
  readonly errors: Errors;
  readonly onChange: (rows: R[]) => void;
  /** The fields of the n-th row (counting from 1). */
  readonly fields: (n: number) => readonly ListField<R>[];
  /** The n-th row's remove button. */
  readonly removeLabel: (n: number) => string;
  /** The add button, the row it adds and how many rows there may be at most. */
  readonly add: { readonly label: string; readonly blank: R; readonly max?: number };
  /** Said when there are no rows. */
  readonly empty?: string;
}

/** A repeated group in a form: its rows, the list's own message, and the button that adds a row. */
export function ListFieldset<R extends Record<string, string>>(props: ListFieldsetProps<R>) {
  const { list, rows, errors, onChange, add } = props;
  const update = (index: number, patch: Partial<R>): void =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const remove = (index: number): void => onChange(rows.filter((_, at) => at !== index));
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {rows.length === 0 && props.empty && <p className="muted">{props.empty}</p>}
      {rows.map((row, index) => (
        <ListRow
          key={index}
          list={list}
          index={index}
          row={row}
          fields={props.fields(index + 1)}
          errors={errors}
          update={update}
          remove={{ label: props.removeLabel(index + 1), onRemove: remove }}
        />
      ))}
      {errors[`/${list}`] && <p className="field-error">{errors[`/${list}`]}</p>}
      <button
        type="button"
        disabled={add.max !== undefined && rows.length >= add.max}
        onClick={() => onChange([...rows, add.blank])}
      >
        {add.label}
      </button>
    </fieldset>
  );
}
