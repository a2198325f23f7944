import type { SubmissionDto } from '@samvirke/contracts';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { fieldMessage } from '../i18n/field-messages.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import {
  initialComments,
  initialInputs,
  parseInput,
  validateComment,
  validateValue,
  type FormRow,
  type Translate,
} from './form-model.js';

type ByRow = Record<string, string>;

/** The message for each row that has one: the value's, else the comment's, else the service's. */
export function rowErrors(
  rows: readonly FormRow[],
  inputs: ByRow,
  comments: ByRow,
  server: ByRow,
  t: Translate,
) {
  const errors: ByRow = {};
  for (const row of rows) {
    const value = inputs[row.key] ?? '';
    const message =
      validateValue(row, value, t) ?? validateComment(comments[row.key] ?? '', value, t) ?? server[row.key];
    if (message) errors[row.key] = message;
  }
  return errors;
}

/** What the user typed in each row, and the comments; an edit clears the service's message for the row. */
export function useValueInputs(rows: readonly FormRow[], latest: SubmissionDto | null) {
  const i18n = useI18n();
  const toInput = (value: number): string =>
    i18n.language === 'da' ? String(value).replace('.', ',') : String(value);
  const [inputs, setInputs] = useState(() => initialInputs(rows, latest, toInput));
  const [comments, setComments] = useState(() => initialComments(rows, latest));
  // Rows whose value came with a comment show it open; the reader opens the others when needed.
  const [commented] = useState(() => new Set(Object.keys(comments).filter((key) => comments[key])));
  const [serverErrors, setServerErrors] = useState<ByRow>({});
  const forget = (key: string): void => setServerErrors(({ [key]: _, ...rest }) => rest);
  return {
    inputs,
    comments,
    commented,
    serverErrors,
    setServerErrors,
    setInput: (key: string, value: string): void => {
      setInputs((current) => ({ ...current, [key]: value }));
      forget(key);
    },
    setComment: (key: string, comment: string): void => {
      setComments((current) => ({ ...current, [key]: comment }));
      forget(key);
    },
  };
}

interface Sending {
  readonly basePath: string;
  /** The rows with a value, in the order the service numbers them in its field errors. */
  readonly filled: readonly FormRow[];
  readonly inputs: ByRow;
  readonly comments: ByRow;
  readonly setServerErrors: (errors: ByRow) => void;
  readonly onChanged: () => void;
  readonly onNotice: (notice: string) => void;
}

/** The service's field errors (`/values/<n>/…`) on the rows they are about. */
function errorsByRow(error: ApiError, filled: readonly FormRow[], t: Translate): ByRow {
  const byRow: ByRow = {};
  for (const fieldError of error.fieldErrors) {
    const index = Number(fieldError.pointer.split('/')[2]);
    const row = filled[index];
    if (row) byRow[row.key] = fieldMessage(t, fieldError.detail);
  }
  return byRow;
}

/** The PUT body's values: each filled row's number, with its comment when there is one. */
function submissionValues(filled: readonly FormRow[], inputs: ByRow, comments: ByRow) {
  return filled.map((row) => ({
    indicator: row.indicator.code,
    ...(row.disaggregation ? { disaggregation: row.disaggregation } : {}),
    value: parseInput(inputs[row.key] ?? '') ?? 0,
    ...(comments[row.key]?.trim() ? { comment: comments[row.key]?.trim() } : {}),
  }));
}

/** Saves the filled rows as the draft; submits it for approval after saving, when asked. */
export function useSaveAndSubmit(sending: Sending) {
  const { basePath, filled, setServerErrors, onNotice } = sending;
  const { t } = useI18n();
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function save(): Promise<boolean> {
    const values = submissionValues(filled, sending.inputs, sending.comments);
    try {
      await api.send('PUT', basePath, { values });
      setServerErrors({});
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0)
        setServerErrors(errorsByRow(error, filled, t));
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
      sending.onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }
  return { failure, busy, run };
}
