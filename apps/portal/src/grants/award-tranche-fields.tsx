import { Field, FieldError, invalid, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import {
  addTranche,
  changeTranche,
  removeTranche,
  splitEvenly,
  toggleTrancheCondition,
  type AwardPlan,
  type PlanCheck,
} from './award-plan.js';
import type { GrantReportKind } from '@samvirke/contracts';
import { reportKindName } from './grants-terms.js';
import { formatKroner } from './money.js';

interface Props {
  readonly plan: AwardPlan;
  readonly onPlan: (plan: AwardPlan) => void;
  readonly errors: Errors;
}

/** Any number of tranches: each its amount, earliest date and the conditions it waits for. */
export function TranchesFieldset({ plan, onPlan, errors, check }: Props & { check: PlanCheck }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <fieldset>
      <legend>{t('Rater', 'Tranches')}</legend>
      {plan.tranches.map((_, index) => (
        <TrancheFields key={index} plan={plan} index={index} onPlan={onPlan} errors={errors} />
      ))}
      <p id="tranches-total">
        {t('Raterne i alt', 'The tranches in all')}: {formatKroner(check.trancheSumOre, i18n.language)}
        {check.amountOre !== null && ` ${t('af', 'of')} ${formatKroner(check.amountOre, i18n.language)}`}
      </p>
      <FieldError errors={errors} pointer="/tranches" id="tranches" />
      <div className="actions">
        <button type="button" onClick={() => onPlan(addTranche(plan, i18n.language))}>
          {t('Tilføj rate', 'Add a tranche')}
        </button>
        <button type="button" onClick={() => onPlan(splitEvenly(plan, i18n.language))}>
          {t('Fordel beløbet ligeligt', 'Split the amount evenly')}
        </button>
      </div>
    </fieldset>
  );
}

function TrancheFields({ plan, index, onPlan, errors }: Props & { index: number }) {
  const { t } = useI18n();
  const tranche = plan.tranches[index];
  if (!tranche) return null;
  const n = index + 1;
  return (
    <fieldset className="tranche">
      <legend>{t(`Rate ${n}`, `Tranche ${n}`)}</legend>
      <div className="budget-line">
        <TrancheAmountAndDate plan={plan} index={index} onPlan={onPlan} errors={errors} />
        {plan.tranches.length > 1 && (
          <button type="button" className="link-button" onClick={() => onPlan(removeTranche(plan, index))}>
            {t(`Fjern rate ${n}`, `Remove tranche ${n}`)}
          </button>
        )}
      </div>
      {plan.conditions.map((condition, c) => (
        <div className="check" key={condition.key}>
          <input
            id={`tranche-${index}-waits-${c}`}
            type="checkbox"
            checked={tranche.conditions.includes(condition.key)}
            onChange={(e) => onPlan(toggleTrancheCondition(plan, index, condition.key, e.target.checked))}
          />
          <label htmlFor={`tranche-${index}-waits-${c}`}>
            {t(`Rate ${n} venter på betingelse ${c + 1}`, `Tranche ${n} waits for condition ${c + 1}`)}
          </label>
        </div>
      ))}
      <TrancheWaits plan={plan} index={index} onPlan={onPlan} errors={errors} />
    </fieldset>
  );
}

/** What the tranche waits for besides data: a report the funder approves, the agreement's acceptance. */
function TrancheWaits({ plan, index, onPlan, errors }: Props & { index: number }) {
  const { t } = useI18n();
  const tranche = plan.tranches[index];
  const n = index + 1;
  return (
    <>
      <TrancheReportField plan={plan} index={index} onPlan={onPlan} errors={errors} />
      <div className="check">
        <input
          id={`tranche-${index}-agreement`}
          type="checkbox"
          checked={tranche?.awaitsAgreement ?? false}
          onChange={(e) => onPlan(changeTranche(plan, index, { awaitsAgreement: e.target.checked }))}
        />
        <label htmlFor={`tranche-${index}-agreement`}>
          {t(
            `Rate ${n} venter på, at aftalen er accepteret`,
            `Tranche ${n} waits for the agreement's acceptance`,
          )}
        </label>
      </div>
    </>
  );
}

function TrancheReportField({ plan, index, onPlan }: Props & { index: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const n = index + 1;
  const kind = (value: string): GrantReportKind | null =>
    value === 'progress' || value === 'final' ? value : null;
  return (
    <Field
      id={`tranche-${index}-report`}
      label={t(`Rate ${n} venter på rapport`, `Tranche ${n} waits for a report`)}
    >
      <select
        id={`tranche-${index}-report`}
        value={plan.tranches[index]?.awaitsReport ?? ''}
        onChange={(e) => onPlan(changeTranche(plan, index, { awaitsReport: kind(e.target.value) }))}
      >
        <option value="">{t('Ingen rapport', 'No report')}</option>
        <option value="progress">{reportKindName(i18n, 'progress')}</option>
        <option value="final">{reportKindName(i18n, 'final')}</option>
      </select>
    </Field>
  );
}

function TrancheAmountAndDate({ plan, index, onPlan, errors }: Props & { index: number }) {
  const { t } = useI18n();
  const tranche = plan.tranches[index];
  const n = index + 1;
  const [amountId, dateId] = [`tranche-${index}-amount`, `tranche-${index}-date`];
  const [amountPointer, datePointer] = [`/tranches/${index}/amountOre`, `/tranches/${index}/earliestDate`];
  return (
    <>
      <Field
        id={amountId}
        label={t(`Beløb, rate ${n} (kr.)`, `Amount, tranche ${n} (DKK)`)}
        errors={errors}
        pointer={amountPointer}
      >
        <input
          id={amountId}
          inputMode="decimal"
          value={tranche?.amount ?? ''}
          onChange={(e) => onPlan(changeTranche(plan, index, { amount: e.target.value }))}
          {...invalid(errors, amountPointer, amountId)}
        />
      </Field>
      <Field
        id={dateId}
        label={t(`Tidligst, rate ${n}`, `Earliest, tranche ${n}`)}
        errors={errors}
        pointer={datePointer}
      >
        <input
          id={dateId}
          type="date"
          value={tranche?.earliestDate ?? ''}
          onChange={(e) => onPlan(changeTranche(plan, index, { earliestDate: e.target.value }))}
          {...invalid(errors, datePointer, dateId)}
        />
      </Field>
    </>
  );
}
