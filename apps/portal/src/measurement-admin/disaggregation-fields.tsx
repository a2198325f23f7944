import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import type { IndicatorDraft } from './indicator-draft.js';
import { ListFieldset } from './list-row.js';

type Row = IndicatorDraft['disaggregations'][number];

interface Props {
  readonly draft: IndicatorDraft;
  readonly errors: Errors;
  readonly change: (patch: Partial<IndicatorDraft>) => void;
}

/** Up to five breakdowns (e.g. gender), each with its values. */
export function DisaggregationFields({ draft, errors, change }: Props) {
  const { t } = useI18n();
  return (
    <ListFieldset<Row>
      list="disaggregations"
      legend={t('Opdelinger', 'Disaggregations')}
      empty={t('Ingen opdelinger.', 'No disaggregations.')}
      rows={draft.disaggregations}
      errors={errors}
      onChange={(disaggregations) => change({ disaggregations })}
      fields={(n) => [
        { key: 'code', label: t(`Opdeling ${n}: kode`, `Disaggregation ${n}: code`) },
        { key: 'name', label: t(`Opdeling ${n}: navn`, `Disaggregation ${n}: name`) },
        {
          key: 'values',
          label: t(`Opdeling ${n}: værdier`, `Disaggregation ${n}: values`),
          hint: t('Koder adskilt af komma, fx kvinde, mand', 'Codes separated by commas, e.g. female, male'),
        },
      ]}
      removeLabel={(n) => t(`Fjern opdeling ${n}`, `Remove disaggregation ${n}`)}
      add={{
        label: t('Tilføj en opdeling', 'Add a disaggregation'),
        blank: { code: '', name: '', values: '' },
        max: 5,
      }}
    />
  );
}
