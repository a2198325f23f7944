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

/**
 * The programme's rules between indicators (left side, operator, right side, e.g. "completed ≤
 * enrolled"), checked at every submission and over the approved history: listed, added, changed and
 * removed here, saved together with the thresholds as they are; the service names each bad field.
 */
export function RulesForm({
  programmeId,
  settings,
  tracked,
  onSaved,
}: {
  programmeId: string;
  settings: MeasurementSettings;
  tracked: readonly ProgrammeIndicatorDto[];
  onSaved: (message: string) => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [rules, setRules] = useState<Rule[]>(settings.rules);
  const codes = [...new Set(tracked.map((indicator) => indicator.code))].sort();
  const update = (index: number, patch: Partial<Rule>): void =>
    setRules(rules.map((rule, at) => (at === index ? { ...rule, ...patch } : rule)));
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
  return (
    <form aria-labelledby="rules-heading" noValidate onSubmit={submitWith(save)}>
      <h2 id="rules-heading">{t('Regler mellem indikatorer', 'Rules between indicators')}</h2>
      <p>
        {t(
          'Hver indberetning tjekkes mod reglerne, fx «gennemført ≤ tilmeldt»; rapporten nedenfor viser brud i de godkendte tal.',
          'Every submission is checked against the rules, e.g. "completed ≤ enrolled"; the report below shows breaches in the approved figures.',
        )}
      </p>
      {rules.length === 0 && (
        <p className="muted">{t('Programmet har ingen regler endnu.', 'The programme has no rules yet.')}</p>
      )}
      {rules.map((rule, index) => (
        <RuleRow
          key={index}
          index={index}
          rule={rule}
          codes={codes}
          errors={action.errors}
          update={update}
          remove={() => setRules(rules.filter((_, at) => at !== index))}
        />
      ))}
      {action.errors['/rules'] && <p className="field-error">{action.errors['/rules']}</p>}
      <FormFailure failure={action.failure} errors={action.errors} />
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            setRules([...rules, { left: codes[0] ?? '', operator: '<=', right: codes[1] ?? '' }])
          }
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

function RuleRow({
  index,
  rule,
  codes,
  errors,
  update,
  remove,
}: {
  index: number;
  rule: Rule;
  codes: readonly string[];
  errors: Errors;
  update: (index: number, patch: Partial<Rule>) => void;
  remove: () => void;
}) {
  const { t } = useI18n();
  const n = index + 1;
  // A rule may name an indicator the programme no longer tracks: it stays selectable until changed.
  const options = (current: string) =>
    [...new Set([...(current ? [current] : []), ...codes])].map((code) => ({ value: code, label: code }));
  return (
    <div className="budget-line">
      <SelectField
        id={`rules-${index}-left`}
        label={t(`Regel ${n}: venstre side`, `Rule ${n}: left side`)}
        value={rule.left}
        onChange={(left) => update(index, { left })}
        errors={errors}
        pointer={`/rules/${index}/left`}
        options={options(rule.left)}
      />
      <SelectField
        id={`rules-${index}-operator`}
        label={t(`Regel ${n}: sammenligning`, `Rule ${n}: operator`)}
        value={rule.operator}
        onChange={(operator) => update(index, { operator: operator as Operator })}
        errors={errors}
        pointer={`/rules/${index}/operator`}
        options={RULE_OPERATORS.map((operator) => ({ value: operator, label: OPERATOR_SIGNS[operator] }))}
      />
      <SelectField
        id={`rules-${index}-right`}
        label={t(`Regel ${n}: højre side`, `Rule ${n}: right side`)}
        value={rule.right}
        onChange={(right) => update(index, { right })}
        errors={errors}
        pointer={`/rules/${index}/right`}
        options={options(rule.right)}
      />
      <button type="button" onClick={remove}>
        {t(`Fjern regel ${n}`, `Remove rule ${n}`)}
      </button>
    </div>
  );
}
