import type { ProgrammeIndicatorDto } from '@samvirke/contracts';
import { Field, FieldError, invalid, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import {
  addCondition,
  addTranche,
  changeCondition,
  changeTranche,
  removeCondition,
  removeTranche,
  splitEvenly,
  toggleTrancheCondition,
  type AwardPlan,
  type PlanCheck,
  type PlanCondition,
} from './award-plan.js';
import { formatKroner } from './money.js';

interface Props {
  readonly plan: AwardPlan;
  readonly onPlan: (plan: AwardPlan) => void;
  readonly errors: Errors;
}

const FREQUENCY: Record<ProgrammeIndicatorDto['frequency'], [string, string, string]> = {
  quarterly: ['kvartalsvis', 'quarterly', '2026-Q3'],
  monthly: ['månedligt', 'monthly', '2026-09'],
  annual: ['årligt', 'annually', '2026'],
};

/** The reporting conditions: each one of the programme's indicators and a period of it. */
export function ConditionsFieldset({
  plan,
  onPlan,
  errors,
  indicators,
}: Props & { indicators: ProgrammeIndicatorDto[] }) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('Betingelser for udbetaling', 'Conditions for payment')}</legend>
      <p className="muted">
        {t(
          'En rate kan vente på, at en af programmets indikatorer er indberettet og godkendt for en periode.',
          "A tranche may wait until one of the programme's indicators is reported and approved for a period.",
        )}
      </p>
      {indicators.length === 0 ? (
        <p>
          {t(
            'Programmet har ingen indikatorer endnu, så ingen rate kan vente på en indberetning.',
            'The programme has no indicators yet, so no tranche can wait for a report.',
          )}
        </p>
      ) : (
        <>
          {plan.conditions.map((condition, index) => (
            <ConditionFields
              key={condition.key}
              condition={condition}
              index={index}
              indicators={indicators}
              errors={errors}
              onChange={(change) => onPlan(changeCondition(plan, index, change))}
              onRemove={() => onPlan(removeCondition(plan, index))}
            />
          ))}
          <button type="button" onClick={() => onPlan(addCondition(plan, t('betingelse', 'condition')))}>
            {t('Tilføj betingelse', 'Add a condition')}
          </button>
        </>
      )}
    </fieldset>
  );
}

function ConditionFields({
  condition,
  index,
  indicators,
  errors,
  onChange,
  onRemove,
}: {
  condition: PlanCondition;
  index: number;
  indicators: ProgrammeIndicatorDto[];
  errors: Errors;
  onChange: (change: Partial<PlanCondition>) => void;
  onRemove: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const n = index + 1;
  const indicatorId = `condition-${index}-indicator`;
  const periodId = `condition-${index}-period`;
  const chosen = indicators.find((item) => item.code === condition.indicatorCode);
  const frequency = chosen ? FREQUENCY[chosen.frequency] : undefined;
  return (
    <div className="budget-line">
      <Field
        id={indicatorId}
        label={t(`Indikator, betingelse ${n}`, `Indicator, condition ${n}`)}
        errors={errors}
        pointer={`/conditions/${index}/indicatorCode`}
      >
        <select
          id={indicatorId}
          value={condition.indicatorCode}
          onChange={(e) => onChange({ indicatorCode: e.target.value })}
          {...invalid(errors, `/conditions/${index}/indicatorCode`, indicatorId)}
        >
          <option value="">{t('Vælg en indikator', 'Choose an indicator')}</option>
          {indicators.map((indicator) => (
            <option key={indicator.code} value={indicator.code}>
              {i18n.language === 'da' ? indicator.nameDa : indicator.nameEn}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={periodId}
        label={t(`Periode, betingelse ${n}`, `Period, condition ${n}`)}
        errors={errors}
        pointer={`/conditions/${index}/period`}
      >
        <input
          id={periodId}
          value={condition.period}
          placeholder={frequency?.[2]}
          onChange={(e) => onChange({ period: e.target.value.trim() })}
          {...invalid(errors, `/conditions/${index}/period`, periodId)}
        />
        {frequency && (
          <span className="muted">{t(`Indberettes ${frequency[0]}`, `Reported ${frequency[1]}`)}</span>
        )}
      </Field>
      <button type="button" className="link-button" onClick={onRemove}>
        {t(`Fjern betingelse ${n}`, `Remove condition ${n}`)}
      </button>
    </div>
  );
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
  const amountId = `tranche-${index}-amount`;
  const dateId = `tranche-${index}-date`;
  return (
    <fieldset className="tranche">
      <legend>{t(`Rate ${n}`, `Tranche ${n}`)}</legend>
      <div className="budget-line">
        <Field
          id={amountId}
          label={t(`Beløb, rate ${n} (kr.)`, `Amount, tranche ${n} (DKK)`)}
          errors={errors}
          pointer={`/tranches/${index}/amountOre`}
        >
          <input
            id={amountId}
            inputMode="decimal"
            value={tranche.amount}
            onChange={(e) => onPlan(changeTranche(plan, index, { amount: e.target.value }))}
            {...invalid(errors, `/tranches/${index}/amountOre`, amountId)}
          />
        </Field>
        <Field
          id={dateId}
          label={t(`Tidligst, rate ${n}`, `Earliest, tranche ${n}`)}
          errors={errors}
          pointer={`/tranches/${index}/earliestDate`}
        >
          <input
            id={dateId}
            type="date"
            value={tranche.earliestDate}
            onChange={(e) => onPlan(changeTranche(plan, index, { earliestDate: e.target.value }))}
            {...invalid(errors, `/tranches/${index}/earliestDate`, dateId)}
          />
        </Field>
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
    </fieldset>
  );
}
