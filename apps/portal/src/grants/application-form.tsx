import type { ApplicationDto, ProgrammeDto } from '@samvirke/contracts';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { formatKroner, parseKroner } from './money.js';

interface Draft {
  title: string;
  description: string;
  amount: string;
  lines: { category: string; amount: string }[];
  goalIds: string[];
}

function draftOf(application: ApplicationDto, language: 'da' | 'en'): Draft {
  const kroner = (ore: number): string =>
    language === 'da' ? String(ore / 100).replace('.', ',') : String(ore / 100);
  return {
    title: application.title,
    description: application.description,
    amount: application.requestedAmountOre === null ? '' : kroner(application.requestedAmountOre),
    lines: application.budgetLines.map((line) => ({
      category: line.category,
      amount: kroner(line.amountOre),
    })),
    goalIds: application.goalIds,
  };
}

/** A draft application, saved as the applicant types (a second after the last change). */
export function ApplicationForm({
  application,
  goals,
  onSubmitted,
}: {
  application: ApplicationDto;
  goals: readonly ProgrammeDto['goals'][number][];
  onSubmitted: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [draft, setDraft] = useState<Draft>(() => draftOf(application, i18n.language));
  const [saved, setSaved] = useState<string>('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const first = useRef(true);
  const path = `/grants/applications/${application.id}`;

  const amountError = (raw: string): string | null => {
    const ore = parseKroner(raw);
    if (ore === null) return null;
    return Number.isNaN(ore) || ore <= 0
      ? t('Skriv et beløb i kroner, fx 250.000.', 'Enter an amount in kroner, e.g. 250,000.')
      : null;
  };
  const localErrors: Record<string, string> = {};
  const requested = amountError(draft.amount);
  if (requested) localErrors['/requestedAmountOre'] = requested;
  draft.lines.forEach((line, index) => {
    const error = amountError(line.amount);
    if (error) localErrors[`/budgetLines/${index}/amountOre`] = error;
  });
  const errors = { ...fieldErrors, ...localErrors };

  function body(): Record<string, unknown> {
    const amount = parseKroner(draft.amount);
    return {
      title: draft.title,
      description: draft.description,
      ...(amount !== null && !Number.isNaN(amount) && amount > 0 ? { requestedAmountOre: amount } : {}),
      budgetLines: draft.lines
        .map((line) => ({ category: line.category.trim(), amountOre: parseKroner(line.amount) }))
        .filter(
          (line) =>
            line.category && line.amountOre !== null && !Number.isNaN(line.amountOre) && line.amountOre > 0,
        ),
      goalIds: draft.goalIds,
    };
  }

  async function save(): Promise<boolean> {
    try {
      setSaved(t('Gemmer …', 'Saving …'));
      await api.send('PATCH', path, body());
      setFieldErrors({});
      setFailure(null);
      setSaved(
        `${t('Gemt', 'Saved')} ${new Date().toLocaleTimeString(i18n.language === 'da' ? 'da-DK' : 'en-GB')}`,
      );
      return true;
    } catch (error) {
      setSaved('');
      if (error instanceof ApiError)
        setFieldErrors(Object.fromEntries(error.fieldErrors.map((e) => [e.pointer, e.detail])));
      setFailure(error);
      return false;
    }
  }

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => void save(), 1_000);
    return () => clearTimeout(timer);
    // Saves whenever the draft changes; save() reads the latest draft.
  }, [draft]);

  async function submit(): Promise<void> {
    if (!(await save())) return;
    try {
      await api.send('POST', `${path}/submit`);
      onSubmitted();
    } catch (error) {
      if (error instanceof ApiError)
        setFieldErrors(Object.fromEntries(error.fieldErrors.map((e) => [e.pointer, e.detail])));
      setFailure(error);
    }
  }

  const change = (patch: Partial<Draft>): void => {
    setSaved(t('Ikke gemt endnu …', 'Not saved yet …'));
    setDraft((current) => ({ ...current, ...patch }));
  };
  const described = (pointer: string, id: string) =>
    errors[pointer] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
  const errorText = (pointer: string, id: string) =>
    errors[pointer] ? (
      <p id={`${id}-error`} className="field-error">
        {errors[pointer]}
      </p>
    ) : null;
  const total = draft.lines.reduce((sum, line) => {
    const ore = parseKroner(line.amount);
    return sum + (ore !== null && !Number.isNaN(ore) ? ore : 0);
  }, 0);

  const requestedOre = parseKroner(draft.amount);
  const budgetMismatch =
    draft.lines.length > 0 && requestedOre !== null && !Number.isNaN(requestedOre) && total !== requestedOre;

  return (
    <form
      aria-labelledby="application-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="application-heading">{t('Ansøgning', 'Application')}</h2>
      <p role="status" className="notice">
        {saved}
      </p>
      <div className="field">
        <label htmlFor="app-title">{t('Titel', 'Title')}</label>
        <input
          id="app-title"
          value={draft.title}
          maxLength={200}
          onChange={(e) => change({ title: e.target.value })}
          {...described('/title', 'app-title')}
        />
        {errorText('/title', 'app-title')}
      </div>
      <div className="field">
        <label htmlFor="app-description">{t('Beskrivelse', 'Description')}</label>
        <textarea
          id="app-description"
          rows={6}
          value={draft.description}
          onChange={(e) => change({ description: e.target.value })}
          {...described('/description', 'app-description')}
        />
        {errorText('/description', 'app-description')}
      </div>
      <div className="field">
        <label htmlFor="app-amount">{t('Ansøgt beløb (kr.)', 'Amount requested (DKK)')}</label>
        <input
          id="app-amount"
          inputMode="decimal"
          value={draft.amount}
          onChange={(e) => change({ amount: e.target.value })}
          {...described('/requestedAmountOre', 'app-amount')}
        />
        {errorText('/requestedAmountOre', 'app-amount')}
      </div>
      <fieldset>
        <legend>{t('Budget', 'Budget')}</legend>
        {draft.lines.map((line, index) => (
          <div key={index} className="budget-line">
            <div className="field">
              <label htmlFor={`line-${index}-category`}>{t(`Post ${index + 1}`, `Line ${index + 1}`)}</label>
              <input
                id={`line-${index}-category`}
                value={line.category}
                onChange={(e) =>
                  change({
                    lines: draft.lines.map((l, i) => (i === index ? { ...l, category: e.target.value } : l)),
                  })
                }
              />
            </div>
            <div className="field">
              <label htmlFor={`line-${index}-amount`}>
                {t(`Beløb, post ${index + 1} (kr.)`, `Amount, line ${index + 1} (DKK)`)}
              </label>
              <input
                id={`line-${index}-amount`}
                inputMode="decimal"
                value={line.amount}
                onChange={(e) =>
                  change({
                    lines: draft.lines.map((l, i) => (i === index ? { ...l, amount: e.target.value } : l)),
                  })
                }
                {...described(`/budgetLines/${index}/amountOre`, `line-${index}-amount`)}
              />
              {errorText(`/budgetLines/${index}/amountOre`, `line-${index}-amount`)}
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() => change({ lines: draft.lines.filter((_, i) => i !== index) })}
            >
              {t(`Fjern post ${index + 1}`, `Remove line ${index + 1}`)}
            </button>
          </div>
        ))}
        <p id="budget-total">
          {t('I alt', 'Total')}: {formatKroner(total, i18n.language)}
        </p>
        {budgetMismatch && (
          <p className="field-error">
            {t(
              `Budgetposterne giver ${formatKroner(total, i18n.language)}, men der søges ${formatKroner(requestedOre ?? 0, i18n.language)}`,
              `The budget lines add up to ${formatKroner(total, i18n.language)}, but ${formatKroner(requestedOre ?? 0, i18n.language)} is requested.`,
            )}
          </p>
        )}
        {errorText('/budgetLines', 'budget-lines')}
        <button
          type="button"
          onClick={() => change({ lines: [...draft.lines, { category: '', amount: '' }] })}
        >
          {t('Tilføj budgetpost', 'Add a budget line')}
        </button>
      </fieldset>
      {goals.length > 0 && (
        <fieldset>
          <legend>{t('Mål, ansøgningen bidrager til', 'Goals the application serves')}</legend>
          {goals.map((goal) => (
            <div key={goal.id} className="check">
              <input
                type="checkbox"
                id={`goal-${goal.id}`}
                checked={draft.goalIds.includes(goal.id)}
                onChange={(e) =>
                  change({
                    goalIds: e.target.checked
                      ? [...draft.goalIds, goal.id]
                      : draft.goalIds.filter((id) => id !== goal.id),
                  })
                }
              />
              <label htmlFor={`goal-${goal.id}`}>{goal.title}</label>
            </div>
          ))}
        </fieldset>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={Object.keys(localErrors).length > 0}>
          {t('Indsend ansøgningen', 'Submit the application')}
        </button>
      </div>
    </form>
  );
}
