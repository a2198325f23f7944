import type { ProgrammeDto } from '@samvirke/contracts';
import { Field, FieldError, invalid, type Errors } from '../components/fields.js';
import { InputField, TextAreaField } from '../components/input-field.js';
import { useI18n } from '../i18n/i18n.js';
import type { Draft, DraftCheck } from './application-draft.js';
import { formatKroner } from './money.js';

type Change = (patch: Partial<Draft>) => void;

interface DraftFieldsProps {
  readonly draft: Draft;
  readonly errors: Errors;
  readonly change: Change;
}

/** Title, description and the amount requested. */
export function ApplicationTextFields({ draft, errors, change }: DraftFieldsProps) {
  const { t } = useI18n();
  const bind = (key: 'title' | 'description') => ({
    errors,
    value: draft[key],
    onValue: (value: string) => change({ [key]: value }),
  });
  return (
    <>
      <InputField
        id="app-title"
        label={t('Titel', 'Title')}
        pointer="/title"
        maxLength={200}
        {...bind('title')}
      />
      <TextAreaField
        {...bind('description')}
        id="app-description"
        rows={6}
        pointer="/description"
        label={t('Beskrivelse', 'Description')}
      />
      <RequestedAmountField draft={draft} errors={errors} change={change} />
    </>
  );
}

function RequestedAmountField({ draft, errors, change }: DraftFieldsProps) {
  const { t } = useI18n();
  return (
    <Field
      id="app-amount"
      label={t('Ansøgt beløb (kr.)', 'Amount requested (DKK)')}
      errors={errors}
      pointer="/requestedAmountOre"
    >
      <input
        id="app-amount"
        inputMode="decimal"
        value={draft.amount}
        onChange={(e) => change({ amount: e.target.value })}
        {...invalid(errors, '/requestedAmountOre', 'app-amount')}
      />
    </Field>
  );
}

/** The budget lines, their total, and whether they add up to the amount requested. */
export function BudgetFieldset({ draft, errors, check, change }: DraftFieldsProps & { check: DraftCheck }) {
  const i18n = useI18n();
  const { t } = i18n;
  const setLine = (index: number, patch: Partial<Draft['lines'][number]>): void =>
    change({ lines: draft.lines.map((l, i) => (i === index ? { ...l, ...patch } : l)) });
  return (
    <fieldset>
      <legend>{t('Budget', 'Budget')}</legend>
      {draft.lines.map((line, index) => (
        <BudgetLine
          key={index}
          line={line}
          index={index}
          errors={errors}
          onChange={(patch) => setLine(index, patch)}
          onRemove={() => change({ lines: draft.lines.filter((_, i) => i !== index) })}
        />
      ))}
      <p id="budget-total">
        {t('I alt', 'Total')}: {formatKroner(check.total, i18n.language)}
      </p>
      {check.budgetMismatch && <BudgetMismatch total={check.total} requestedOre={check.requestedOre ?? 0} />}
      <FieldError errors={errors} pointer="/budgetLines" id="budget-lines" />
      <button type="button" onClick={() => change({ lines: [...draft.lines, { category: '', amount: '' }] })}>
        {t('Tilføj budgetpost', 'Add a budget line')}
      </button>
    </fieldset>
  );
}

function BudgetMismatch({ total, requestedOre }: { total: number; requestedOre: number }) {
  const { t, language } = useI18n();
  return (
    <p className="field-error">
      {t(
        `Budgetposterne giver ${formatKroner(total, language)}, men der søges ${formatKroner(requestedOre, language)}`,
        `The budget lines add up to ${formatKroner(total, language)}, but ${formatKroner(requestedOre, language)} is requested.`,
      )}
    </p>
  );
}

interface BudgetLineProps {
  readonly line: Draft['lines'][number];
  readonly index: number;
  readonly errors: Errors;
  readonly onChange: (patch: Partial<Draft['lines'][number]>) => void;
  readonly onRemove: () => void;
}

/** One budget line: its category and amount (numbered for the labels), and its removal. */
function BudgetLine({ line, index, errors, onChange, onRemove }: BudgetLineProps) {
  const { t } = useI18n();
  const amountId = `line-${index}-amount`;
  const amountPointer = `/budgetLines/${index}/amountOre`;
  return (
    <div className="budget-line">
      <Field id={`line-${index}-category`} label={t(`Post ${index + 1}`, `Line ${index + 1}`)}>
        <input
          id={`line-${index}-category`}
          value={line.category}
          onChange={(e) => onChange({ category: e.target.value })}
        />
      </Field>
      <Field
        id={amountId}
        label={t(`Beløb, post ${index + 1} (kr.)`, `Amount, line ${index + 1} (DKK)`)}
        errors={errors}
        pointer={amountPointer}
      >
        <input
          id={amountId}
          inputMode="decimal"
          value={line.amount}
          onChange={(e) => onChange({ amount: e.target.value })}
          {...invalid(errors, amountPointer, amountId)}
        />
      </Field>
      <button type="button" className="link-button" onClick={onRemove}>
        {t(`Fjern post ${index + 1}`, `Remove line ${index + 1}`)}
      </button>
    </div>
  );
}

/** The programme's goals the application says it serves. */
export function GoalsFieldset({
  goals,
  goalIds,
  change,
}: {
  goals: readonly ProgrammeDto['goals'][number][];
  goalIds: readonly string[];
  change: Change;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('Mål, ansøgningen bidrager til', 'Goals the application serves')}</legend>
      {goals.map((goal) => (
        <div key={goal.id} className="check">
          <input
            type="checkbox"
            id={`goal-${goal.id}`}
            checked={goalIds.includes(goal.id)}
            onChange={(e) =>
              change({
                goalIds: e.target.checked ? [...goalIds, goal.id] : goalIds.filter((id) => id !== goal.id),
              })
            }
          />
          <label htmlFor={`goal-${goal.id}`}>{goal.title}</label>
        </div>
      ))}
    </fieldset>
  );
}
