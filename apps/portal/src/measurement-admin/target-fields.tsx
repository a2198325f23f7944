import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { ListFieldset } from './list-row.js';
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
  return (
    <ListFieldset<Target>
      list="targets"
      legend={t('Mål pr. periode', 'Targets per period')}
      rows={draft.targets}
      errors={errors}
      onChange={(targets) => change({ targets })}
      fields={(n) => [
        { key: 'period', label: t(`Mål ${n}: periode`, `Target ${n}: period`) },
        { key: 'value', label: t(`Mål ${n}: værdi`, `Target ${n}: value`), type: 'number' },
      ]}
      removeLabel={(n) => t(`Fjern mål ${n}`, `Remove target ${n}`)}
      add={{ label: t('Tilføj et mål', 'Add a target'), blank: { period: '', value: '' } }}
    />
  );
}
