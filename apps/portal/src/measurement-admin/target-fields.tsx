import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { ListRow, type ListField } from './list-row.js';
import type { ProgrammeIndicatorDraft } from './programme-indicator-draft.js';

type Target = ProgrammeIndicatorDraft['targets'][number];

interface Props {
  readonly draft: ProgrammeIndicatorDraft;
  readonly change: (patch: Partial<ProgrammeIndicatorDraft>) => void;
  readonly errors: Errors;
}

/** One target per period, as many as wanted. */
export function TargetFields({ draft, change, errors }: Props) {
  const { t } = useI18n();
  const targets = draft.targets;
  const update = (index: number, patch: Partial<Target>): void =>
    change({ targets: targets.map((target, at) => (at === index ? { ...target, ...patch } : target)) });
  const remove = (index: number): void => change({ targets: targets.filter((_, at) => at !== index) });
  return (
    <fieldset>
      <legend>{t('Mål pr. periode', 'Targets per period')}</legend>
      {targets.map((target, index) => (
        <TargetRow
          key={index}
          index={index}
          target={target}
          errors={errors}
          update={update}
          remove={remove}
        />
      ))}
      {errors['/targets'] && <p className="field-error">{errors['/targets']}</p>}
      <button type="button" onClick={() => change({ targets: [...targets, { period: '', value: '' }] })}>
        {t('Tilføj et mål', 'Add a target')}
      </button>
    </fieldset>
  );
}

function TargetRow({
  index,
  target,
  errors,
  update,
  remove,
}: {
  index: number;
  target: Target;
  errors: Errors;
  update: (index: number, patch: Partial<Target>) => void;
  remove: (index: number) => void;
}) {
  const { t } = useI18n();
  const n = index + 1;
  const fields: ListField<Target>[] = [
    { key: 'period', label: t(`Mål ${n}: periode`, `Target ${n}: period`) },
    { key: 'value', label: t(`Mål ${n}: værdi`, `Target ${n}: value`), type: 'number' },
  ];
  const removal = { label: t(`Fjern mål ${n}`, `Remove target ${n}`), onRemove: remove };
  return (
    <ListRow
      list="targets"
      index={index}
      row={target}
      fields={fields}
      errors={errors}
      update={update}
      remove={removal}
    />
  );
}
