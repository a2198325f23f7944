import type { WriteStory } from '@samvirke/contracts';
import { TextField } from '../admin/text-field.js';
import { useI18n } from '../i18n/i18n.js';

type Action = WriteStory['actions'][number];
type Errors = Record<string, string>;

/** Who does what by when: one row per action, added and removed by button. */
export function ActionPlan({
  actions,
  onChange,
  errors,
}: {
  actions: Action[];
  onChange: (actions: Action[]) => void;
  errors: Errors;
}) {
  const { t } = useI18n();
  const set = (index: number, patch: Partial<Action>) =>
    onChange(actions.map((item, position) => (position === index ? { ...item, ...patch } : item)));
  const remove = (index: number) => onChange(actions.filter((_, position) => position !== index));
  return (
    <fieldset>
      <legend>{t('Handleplan: hvem gør hvad hvornår', 'Action plan: who does what by when')}</legend>
      {actions.length === 0 && <p className="muted">{t('Ingen handlinger endnu.', 'No actions yet.')}</p>}
      {actions.map((item, index) => (
        <ActionRow
          key={index}
          index={index}
          action={item}
          errors={errors}
          onChange={(patch) => set(index, patch)}
          onRemove={() => remove(index)}
        />
      ))}
      <button type="button" onClick={() => onChange([...actions, { who: '', what: '', byWhen: '' }])}>
        {t('Tilføj en handling', 'Add an action')}
      </button>
    </fieldset>
  );
}

function ActionRow({
  index,
  action,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  action: Action;
  errors: Errors;
  onChange: (patch: Partial<Action>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const field = (key: keyof Action, label: string, type: 'text' | 'date' = 'text') => (
    <TextField
      id={`story-action-${index}-${key}`}
      pointer={`/actions/${index}/${key}`}
      type={type}
      label={label}
      value={action[key]}
      onChange={(value) => onChange({ [key]: value })}
      errors={errors}
    />
  );
  return (
    <div className="row" role="group" aria-label={t(`Handling ${index + 1}`, `Action ${index + 1}`)}>
      {field('who', t('Hvem', 'Who'))}
      {field('what', t('Hvad', 'What'))}
      {field('byWhen', t('Hvornår', 'By when'), 'date')}
      <button type="button" onClick={onRemove}>
        {t(`Fjern handling ${index + 1}`, `Remove action ${index + 1}`)}
      </button>
    </div>
  );
}
