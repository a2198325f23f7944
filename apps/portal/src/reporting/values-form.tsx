import type { SubmissionDto } from '@samvirke/contracts';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { CombinationGrid } from './combination-grid.js';
import { parseInput, type FormRow } from './form-model.js';
import { rowErrors, useSaveAndSubmit, useValueInputs } from './use-values-form.js';

interface Props {
  readonly rows: FormRow[];
  readonly latest: SubmissionDto | null;
  readonly basePath: string;
  readonly editable: boolean;
  readonly onChanged: () => void;
  /**
   * What the last action achieved. Kept by the page, not here: a save or submit changes the
   * submission, and the page then mounts a fresh form, which would lose its own state.
   */
  readonly notice: string;
  readonly onNotice: (notice: string) => void;
}

/** The values of one period, checked as the user types; saved as a draft, then submitted. */
export function ValuesForm({ rows, latest, basePath, editable, onChanged, notice, onNotice }: Props) {
  const { t } = useI18n();
  const values = useValueInputs(rows, latest);
  const { inputs, comments } = values;
  const errors = rowErrors(rows, inputs, comments, values.serverErrors, t);
  const filled = rows.filter((row) => parseInput(inputs[row.key] ?? '') !== null);
  const sending = { basePath, filled, inputs, comments, onChanged, onNotice };
  const { failure, busy, run } = useSaveAndSubmit({ ...sending, setServerErrors: values.setServerErrors });
  const hasErrors = Object.keys(errors).length > 0;
  const canSubmit = latest !== null && (latest.status === 'draft' || latest.status === 'returned');
  return (
    <form onSubmit={(event) => void run('save', event)} noValidate aria-labelledby="form-heading">
      <h2 id="form-heading">{t('Værdier', 'Values')}</h2>
      {!editable && <ClosedNote />}
      <ValueFields rows={rows} errors={errors} editable={editable} values={values} />
      {failure !== null && <ErrorMessage error={failure} />}
      <p role="status" className="notice">
        {notice}
      </p>
      {editable && (
        <ValuesActions
          busy={busy}
          canSave={!hasErrors && filled.length > 0}
          canSubmit={!hasErrors && (canSubmit || filled.length > 0)}
          onSubmit={() => void run('submit')}
        />
      )}
    </form>
  );
}

/** Each row's field, and each category combination's cells as a grid. */
function ValueFields(props: {
  rows: readonly FormRow[];
  errors: Record<string, string>;
  editable: boolean;
  values: ReturnType<typeof useValueInputs>;
}) {
  const { rows, errors, editable, values } = props;
  return (
    <div className="fields">
      {rows
        .filter((row) => !row.combination)
        .map((row) => (
          <ValueField key={row.key} row={row} error={errors[row.key]} editable={editable} values={values} />
        ))}
      {grids(rows).map(({ indicator, combination, cells }) => (
        <CombinationGrid
          key={`${indicator.code}|${combination.code}`}
          {...{ indicator, combination, rows: cells, errors, editable, values }}
        />
      ))}
    </div>
  );
}

/** Each category combination of the form's indicators, with its cells' rows. */
function grids(rows: readonly FormRow[]) {
  return rows
    .filter((row) => row.disaggregation === null)
    .flatMap(({ indicator }) =>
      indicator.categoryCombinations.map((combination) => ({
        indicator,
        combination,
        cells: rows.filter((row) => row.indicator === indicator && row.combination === combination.code),
      })),
    );
}

function ClosedNote() {
  const { t } = useI18n();
  return (
    <p>
      {t(
        'Perioden er lukket eller indsendt; værdierne kan ikke ændres.',
        'The period is closed or submitted; the values cannot be changed.',
      )}
    </p>
  );
}

/** Saving the draft (the form's submit) and submitting it for approval. */
function ValuesActions(props: { busy: boolean; canSave: boolean; canSubmit: boolean; onSubmit: () => void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" disabled={props.busy || !props.canSave}>
        {t('Gem kladde', 'Save draft')}
      </button>
      <button
        type="button"
        className="primary"
        disabled={props.busy || !props.canSubmit}
        onClick={props.onSubmit}
      >
        {t('Indsend', 'Submit')}
      </button>
    </div>
  );
}

interface ValueFieldProps {
  readonly row: FormRow;
  readonly error: string | undefined;
  readonly editable: boolean;
  readonly values: ReturnType<typeof useValueInputs>;
}

/** One row's value with its message, and its comment (folded away unless it has one). */
function ValueField({ row, error, editable, values }: ValueFieldProps) {
  const { t } = useI18n();
  const id = `value-${row.key.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <div className={row.disaggregation ? 'field sub' : 'field'}>
      <label htmlFor={id}>
        {row.label}
        {row.required && <span className="muted"> ({t('skal udfyldes', 'required')})</span>}
      </label>
      <input
        id={id}
        name={row.key}
        inputMode="decimal"
        autoComplete="off"
        value={values.inputs[row.key] ?? ''}
        disabled={!editable}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => values.setInput(row.key, event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {(editable || values.commented.has(row.key)) && (
        <ValueComment id={id} row={row} editable={editable} values={values} />
      )}
    </div>
  );
}

function ValueComment({ id, row, editable, values }: Omit<ValueFieldProps, 'error'> & { id: string }) {
  const { t } = useI18n();
  return (
    <details className="value-comment" open={values.commented.has(row.key) || undefined}>
      <summary>{t('Kommentar (valgfri)', 'Comment (optional)')}</summary>
      <label htmlFor={`${id}-comment`} className="visually-hidden">
        {t(`Kommentar til ${row.label}`, `Comment on ${row.label}`)}
      </label>
      <textarea
        id={`${id}-comment`}
        rows={2}
        value={values.comments[row.key] ?? ''}
        disabled={!editable}
        onChange={(event) => values.setComment(row.key, event.target.value)}
      />
    </details>
  );
}
