import type { SubmissionDto } from '@samvirke/contracts';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import {
  initialComments,
  initialInputs,
  parseInput,
  validateComment,
  validateValue,
  type FormRow,
} from './form-model.js';

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
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const toInput = (value: number): string =>
    i18n.language === 'da' ? String(value).replace('.', ',') : String(value);
  const [inputs, setInputs] = useState(() => initialInputs(rows, latest, toInput));
  const [comments, setComments] = useState(() => initialComments(rows, latest));
  // Rows whose value came with a comment show it open; the reader opens the others when needed.
  const [commented] = useState(() => new Set(Object.keys(comments).filter((key) => comments[key])));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const errors: Record<string, string> = {};
  for (const row of rows) {
    const value = inputs[row.key] ?? '';
    const message =
      validateValue(row, value, t) ??
      validateComment(comments[row.key] ?? '', value, t) ??
      serverErrors[row.key];
    if (message) errors[row.key] = message;
  }
  const filled = rows.filter((row) => parseInput(inputs[row.key] ?? '') !== null);
  const hasErrors = Object.keys(errors).length > 0;
  const canSubmit = latest !== null && (latest.status === 'draft' || latest.status === 'returned');

  async function save(): Promise<boolean> {
    const values = filled.map((row) => ({
      indicator: row.indicator.code,
      ...(row.disaggregation ? { disaggregation: row.disaggregation } : {}),
      value: parseInput(inputs[row.key] ?? '') ?? 0,
      ...(comments[row.key]?.trim() ? { comment: comments[row.key]?.trim() } : {}),
    }));
    try {
      await api.send('PUT', basePath, { values });
      setServerErrors({});
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const byRow: Record<string, string> = {};
        for (const fieldError of error.fieldErrors) {
          const index = Number(fieldError.pointer.split('/')[2]);
          const row = filled[index];
          if (row) byRow[row.key] = fieldError.detail;
        }
        setServerErrors(byRow);
      }
      setFailure(error);
      return false;
    }
  }

  async function run(action: 'save' | 'submit', event?: FormEvent): Promise<void> {
    event?.preventDefault();
    setBusy(true);
    setFailure(null);
    onNotice('');
    try {
      if (!(await save())) return;
      if (action === 'submit') {
        await api.send('POST', `${basePath}/submit`);
        onNotice(t('Indsendt til godkendelse.', 'Submitted for approval.'));
      } else onNotice(t('Kladden er gemt.', 'The draft is saved.'));
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void run('save', event)} noValidate aria-labelledby="form-heading">
      <h2 id="form-heading">{t('Værdier', 'Values')}</h2>
      {!editable && (
        <p>
          {t(
            'Perioden er lukket eller indsendt; værdierne kan ikke ændres.',
            'The period is closed or submitted; the values cannot be changed.',
          )}
        </p>
      )}
      <div className="fields">
        {rows.map((row) => {
          const id = `value-${row.key.replace(/[^a-z0-9]/gi, '-')}`;
          const error = errors[row.key];
          return (
            <div key={row.key} className={row.disaggregation ? 'field sub' : 'field'}>
              <label htmlFor={id}>
                {row.label}
                {row.required && <span className="muted"> ({t('skal udfyldes', 'required')})</span>}
              </label>
              <input
                id={id}
                name={row.key}
                inputMode="decimal"
                autoComplete="off"
                value={inputs[row.key] ?? ''}
                disabled={!editable}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(event) => {
                  const value = event.target.value;
                  setInputs((current) => ({ ...current, [row.key]: value }));
                  setServerErrors(({ [row.key]: _, ...rest }) => rest);
                }}
              />
              {error && (
                <p id={`${id}-error`} className="field-error">
                  {error}
                </p>
              )}
              {(editable || commented.has(row.key)) && (
                <details className="value-comment" open={commented.has(row.key) || undefined}>
                  <summary>{t('Kommentar (valgfri)', 'Comment (optional)')}</summary>
                  <label htmlFor={`${id}-comment`} className="visually-hidden">
                    {t(`Kommentar til ${row.label}`, `Comment on ${row.label}`)}
                  </label>
                  <textarea
                    id={`${id}-comment`}
                    rows={2}
                    value={comments[row.key] ?? ''}
                    disabled={!editable}
                    onChange={(event) => {
                      const comment = event.target.value;
                      setComments((current) => ({ ...current, [row.key]: comment }));
                      setServerErrors(({ [row.key]: _, ...rest }) => rest);
                    }}
                  />
                </details>
              )}
            </div>
          );
        })}
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
      <p role="status" className="notice">
        {notice}
      </p>
      {editable && (
        <div className="actions">
          <button type="submit" disabled={busy || hasErrors || filled.length === 0}>
            {t('Gem kladde', 'Save draft')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || hasErrors || (!canSubmit && filled.length === 0)}
            onClick={() => void run('submit')}
          >
            {t('Indsend', 'Submit')}
          </button>
        </div>
      )}
    </form>
  );
}
