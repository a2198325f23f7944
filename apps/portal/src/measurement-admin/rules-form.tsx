import { RULE_OPERATORS, type MeasurementSettings, type ProgrammeIndicatorDto } from '@samvirke/contracts';
import { useState } from 'react';
import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { FormFailure } from './form-failure.js';
import { SelectField, submitWith } from './inputs.js';
import { useAction } from './use-action.js';

type Rule = MeasurementSettings['rules'][number];
type Operator = Rule['operator'];

const OPERATOR_SIGNS: Record<Operator, string> = { '<=': '≤', '<': '<', '=': '=', '>=': '≥', '>': '>' };

/** The rules being edited, and saving them with the thresholds as they are. */
function useRules(programmeId: string, settings: MeasurementSettings, onSaved: (message: string) => void) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [rules, setRules] = useState<Rule[]>(settings.rules);
  const update = (index: number, patch: Partial<Rule>): void =>
    setRules(rules.map((rule, at) => (at === index ? { ...rule, ...patch } : rule)));
  const remove = (index: number): void => setRules(rules.filter((_, at) => at !== index));
  const add = (rule: Rule): void => setRules([...rules, rule]);
  const save = (): Promise<void> =>
    action.run(
      () =>
        api.send<MeasurementSettings>('PUT', `/measurement/programmes/${programmeId}/measurement-settings`, {
          ...settings,
          rules,
        }),
      (saved) => {
        setRules(saved.rules);
        onSaved(
          t(`Reglerne er gemt (${saved.rules.length}).`, `The rules are saved (${saved.rules.length}).`),
        );
      },
    );
  return { action, rules, update, remove, add, save };
}

interface RulesFormProps {
  readonly programmeId: string;
  readonly settings: MeasurementSettings;
  readonly tracked: readonly ProgrammeIndicatorDto[];
  readonly onSaved: (message: string) => void;
}

/**
 * The programme's rules between indicators (left side, operator, right side, e.g. "completed ≤
 * enrolled"), checked at every submission and over the approved history: listed, added, changed and
 * removed here, saved together with the thresholds as they are; the service names each bad field.
 */
export function RulesForm({ programmeId, settings, tracked, onSaved }: RulesFormProps) {
  const { t } = useI18n();
  const { action, rules, update, remove, add, save } = useRules(programmeId, settings, onSaved);
  const codes = [...new Set(tracked.map((indicator) => indicator.code))].sort();
  return (
    <form aria-labelledby="rules-heading" noValidate onSubmit={submitWith(save)}>
      <RulesLead empty={rules.length === 0} />
      {rules.map((rule, index) => (
        <RuleRow
          key={index}
          index={index}
          rule={rule}
          codes={codes}
          errors={action.errors}
          update={update}
          remove={() => remove(index)}
        />
      ))}
      {action.errors['/rules'] && <p className="field-error">{action.errors['/rules']}</p>}
      <FormFailure failure={action.failure} errors={action.errors} />
      <div className="actions">
        <button
          type="button"
          onClick={() => add({ left: codes[0] ?? '', operator: '<=', right: codes[1] ?? '' })}
        >
          {t('Tilføj en regel', 'Add a rule')}
        </button>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('Gem reglerne', 'Save the rules')}
        </button>
      </div>
    </form>
  );
}

function RulesLead({ empty }: { empty: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <h2 id="rules-heading">{t('Regler mellem indikatorer', 'Rules between indicators')}</h2>
      <p>
        {t(
          'Hver indberetning tjekkes mod reglerne, fx «gennemført ≤ tilmeldt»; rapporten nedenfor viser brud i de godkendte tal.',
          'Every submission is checked against the rules, e.g. "completed ≤ enrolled"; the report below shows breaches in the approved figures.',
        )}
      </p>
      {empty && (
        <p className="muted">{t('Programmet har ingen regler endnu.', 'The programme has no rules yet.')}</p>
      )}
    </>
  );
}

interface RuleRowProps {
  readonly index: number;
  readonly rule: Rule;
  readonly codes: readonly string[];
  readonly errors: Errors;
  readonly update: (index: number, patch: Partial<Rule>) => void;
  readonly remove: () => void;
}

function RuleRow({ index, rule, codes, errors, update, remove }: RuleRowProps) {
  const { t } = useI18n();
  const n = index + 1;
  const field = (side: 'left' | 'operator' | 'right', da: string, en: string) => ({
    id: `rules-${index}-${side}`,
    label: t(`Regel ${n}: ${da}`, `Rule ${n}: ${en}`),
    errors,
    pointer: `/rules/${index}/${side}`,
  });
  return (
    <div className="budget-line">
      <SelectField
        {...field('left', 'venstre side', 'left side')}
        value={rule.left}
        onChange={(left) => update(index, { left })}
        options={codeOptions(rule.left, codes)}
      />
      <SelectField
        {...field('operator', 'sammenligning', 'operator')}
        value={rule.operator}
        onChange={(operator) => update(index, { operator: operator as Operator })}
        options={RULE_OPERATORS.map((operator) => ({ value: operator, label: OPERATOR_SIGNS[operator] }))}
      />
      <SelectField
        {...field('right', 'højre side', 'right side')}
        value={rule.right}
        onChange={(right) => update(index, { right })}
        options={codeOptions(rule.right, codes)}
      />
      <button type="button" onClick={remove}>
        {t(`Fjern regel ${n}`, `Remove rule ${n}`)}
      </button>
    </div>
  );
}

/** The tracked codes; a rule may name one the programme no longer tracks, selectable until changed. */
function codeOptions(current: string, codes: readonly string[]): { value: string; label: string }[] {
  return [...new Set([...(current ? [current] : []), ...codes])].map((code) => ({
    value: code,
    label: code,
  }));
}
