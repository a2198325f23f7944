import { Field, FieldError, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import {
  MAX_CRITERIA,
  WEIGHT_MAX,
  WEIGHT_MIN,
  weightShares,
  type CallDraft,
  type ChangeCall,
  type CriterionDraft,
} from './call-draft.js';
import { InputField } from '../components/input-field.js';

interface Props {
  readonly call: CallDraft;
  readonly errors: Errors;
  readonly change: ChangeCall;
}

/**
 * The criteria reviewers score (0-10 each) and their weights. Each criterion's share of the
 * weighted score follows its weight as the officer types, and so does the sum.
 */
export function CriteriaFieldset({ call, errors, change }: Props) {
  const { t } = useI18n();
  const { total, shares } = weightShares(call.criteria);
  const setCriterion = (index: number, patch: Partial<CriterionDraft>): void =>
    change({
      criteria: call.criteria.map((criterion, i) => (i === index ? { ...criterion, ...patch } : criterion)),
    });
  return (
    <fieldset aria-describedby="criteria-help">
      <legend>{t('Kriterier og vægte', 'Criteria and weights')}</legend>
      <p id="criteria-help" className="muted">
        {t(
          `Bedømmerne giver hvert kriterium 0–10 point. Vægten (et helt tal fra ${WEIGHT_MIN} til ${WEIGHT_MAX}) afgør, hvor meget kriteriet tæller i forhold til de andre.`,
          `Reviewers score each criterion 0–10. Its weight (a whole number from ${WEIGHT_MIN} to ${WEIGHT_MAX}) decides how much it counts against the others.`,
        )}
      </p>
      {call.criteria.map((criterion, index) => (
        <Criterion
          key={index}
          criterion={criterion}
          index={index}
          share={shares[index] ?? null}
          errors={errors}
          onChange={(patch) => setCriterion(index, patch)}
          onRemove={() => change({ criteria: call.criteria.filter((_, i) => i !== index) })}
        />
      ))}
      <p aria-live="polite">{t(`Vægte i alt: ${total}`, `Weights in total: ${total}`)}</p>
      <FieldError errors={errors} pointer="/criteria" id="criteria" />
      {call.criteria.length < MAX_CRITERIA && (
        <button
          type="button"
          onClick={() => change({ criteria: [...call.criteria, { name: '', description: '', weight: '1' }] })}
        >
          {t('Tilføj kriterium', 'Add a criterion')}
        </button>
      )}
    </fieldset>
  );
}

interface CriterionProps {
  readonly criterion: CriterionDraft;
  readonly index: number;
  /** Its share of the weighted score in per cent; null while its weight is not valid. */
  readonly share: number | null;
  readonly errors: Errors;
  readonly onChange: (patch: Partial<CriterionDraft>) => void;
  readonly onRemove: () => void;
}

/** One criterion: name, description, weight with its share, and its removal. */
function Criterion({ criterion, index, share, errors, onChange, onRemove }: CriterionProps) {
  const { t } = useI18n();
  const n = index + 1;
  const id = `criterion-${index}`;
  return (
    <div className="budget-line">
      <InputField
        id={`${id}-name`}
        label={t(`Kriterium ${n}`, `Criterion ${n}`)}
        pointer={`/criteria/${index}/name`}
        errors={errors}
        value={criterion.name}
        onValue={(name) => onChange({ name })}
      />
      <InputField
        id={`${id}-description`}
        label={t(`Beskrivelse af kriterium ${n}`, `Description of criterion ${n}`)}
        pointer={`/criteria/${index}/description`}
        errors={errors}
        value={criterion.description}
        onValue={(description) => onChange({ description })}
      />
      <WeightField criterion={criterion} index={index} share={share} errors={errors} onChange={onChange} />
      <button type="button" className="link-button" onClick={onRemove}>
        {t(`Fjern kriterium ${n}`, `Remove criterion ${n}`)}
      </button>
    </div>
  );
}

/** The weight, described by its share of the score and, when it is wrong, by its message. */
function WeightField({ criterion, index, share, errors, onChange }: Omit<CriterionProps, 'onRemove'>) {
  const { t } = useI18n();
  const id = `criterion-${index}-weight`;
  const pointer = `/criteria/${index}/weight`;
  const described = [`${id}-share`, ...(errors[pointer] ? [`${id}-error`] : [])].join(' ');
  return (
    <Field
      id={id}
      label={t(`Vægt, kriterium ${index + 1}`, `Weight, criterion ${index + 1}`)}
      errors={errors}
      pointer={pointer}
    >
      <input
        id={id}
        inputMode="numeric"
        value={criterion.weight}
        onChange={(e) => onChange({ weight: e.target.value })}
        aria-describedby={described}
        {...(errors[pointer] ? { 'aria-invalid': true } : {})}
      />
      <span id={`${id}-share`} className="muted">
        {share === null ? '' : t(`${share} % af den samlede score`, `${share} % of the total score`)}
      </span>
    </Field>
  );
}
