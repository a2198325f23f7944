import type { ProgrammeIndicatorDto } from '@samvirke/contracts';
import { Field, invalid, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import {
  addCondition,
  changeCondition,
  removeCondition,
  type AwardPlan,
  type PlanCondition,
} from './award-plan.js';

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
      <ConditionsIntro some={indicators.length > 0} />
      {indicators.length > 0 && (
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

function ConditionsIntro({ some }: { some: boolean }) {
  const { t } = useI18n();
  return some ? (
    <p className="muted">
      {t(
        'En rate kan vente på, at en af programmets indikatorer er indberettet og godkendt for en periode.',
        "A tranche may wait until one of the programme's indicators is reported and approved for a period.",
      )}
    </p>
  ) : (
    <p>
      {t(
        'Programmet har ingen indikatorer endnu, så ingen rate kan vente på en indberetning.',
        'The programme has no indicators yet, so no tranche can wait for a report.',
      )}
    </p>
  );
}

interface ConditionProps {
  readonly condition: PlanCondition;
  readonly index: number;
  readonly indicators: ProgrammeIndicatorDto[];
  readonly errors: Errors;
  readonly onChange: (change: Partial<PlanCondition>) => void;
}

/** One condition: its indicator, its period and its removal (numbered for the labels). */
function ConditionFields(props: ConditionProps & { onRemove: () => void }) {
  const { t } = useI18n();
  return (
    <div className="budget-line">
      <IndicatorField {...props} />
      <PeriodField {...props} />
      <button type="button" className="link-button" onClick={props.onRemove}>
        {t(`Fjern betingelse ${props.index + 1}`, `Remove condition ${props.index + 1}`)}
      </button>
    </div>
  );
}

function IndicatorField({ condition, index, indicators, errors, onChange }: ConditionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = `condition-${index}-indicator`;
  const pointer = `/conditions/${index}/indicatorCode`;
  return (
    <Field
      id={id}
      label={t(`Indikator, betingelse ${index + 1}`, `Indicator, condition ${index + 1}`)}
      errors={errors}
      pointer={pointer}
    >
      <select
        id={id}
        value={condition.indicatorCode}
        onChange={(e) => onChange({ indicatorCode: e.target.value })}
        {...invalid(errors, pointer, id)}
      >
        <option value="">{t('Vælg en indikator', 'Choose an indicator')}</option>
        {indicators.map((indicator) => (
          <option key={indicator.code} value={indicator.code}>
            {i18n.language === 'da' ? indicator.nameDa : indicator.nameEn}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The period, with how often the chosen indicator is reported and an example. */
function PeriodField({ condition, index, indicators, errors, onChange }: ConditionProps) {
  const { t } = useI18n();
  const id = `condition-${index}-period`;
  const pointer = `/conditions/${index}/period`;
  const chosen = indicators.find((item) => item.code === condition.indicatorCode);
  const frequency = chosen ? FREQUENCY[chosen.frequency] : undefined;
  return (
    <Field
      id={id}
      label={t(`Periode, betingelse ${index + 1}`, `Period, condition ${index + 1}`)}
      errors={errors}
      pointer={pointer}
    >
      <input
        id={id}
        value={condition.period}
        placeholder={frequency?.[2]}
        onChange={(e) => onChange({ period: e.target.value.trim() })}
        {...invalid(errors, pointer, id)}
      />
      {frequency && (
        <span className="muted">{t(`Indberettes ${frequency[0]}`, `Reported ${frequency[1]}`)}</span>
      )}
    </Field>
  );
}
