import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import type { IndicatorDraft } from './indicator-draft.js';
import { ListFieldset } from './list-row.js';

type Row = IndicatorDraft['disaggregations'][number];
type CombinationRow = IndicatorDraft['categoryCombinations'][number];

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

/** Disaggregations crossed with each other (e.g. køn × aldersgruppe), reported cell by cell. */
export function CombinationFields({ draft, errors, change }: Props) {
  const { t } = useI18n();
  return (
    <ListFieldset<CombinationRow>
      list="categoryCombinations"
      legend={t('Kombinerede opdelinger', 'Category combinations')}
      empty={t('Ingen kombinerede opdelinger.', 'No category combinations.')}
      rows={draft.categoryCombinations}
      errors={errors}
      onChange={(categoryCombinations) => change({ categoryCombinations })}
      fields={(n) => [
        { key: 'code', label: t(`Kombination ${n}: kode`, `Combination ${n}: code`) },
        { key: 'name', label: t(`Kombination ${n}: navn`, `Combination ${n}: name`) },
        {
          key: 'dimensions',
          label: t(`Kombination ${n}: opdelinger`, `Combination ${n}: disaggregations`),
          hint: t(
            'To eller tre opdelingers koder adskilt af komma, fx koen, aldersgruppe. Cellerne skal summe til hver kategori og til totalen.',
            'Two or three disaggregation codes separated by commas, e.g. gender, age. The cells must add up to each category and to the total.',
          ),
        },
      ]}
      removeLabel={(n) => t(`Fjern kombination ${n}`, `Remove combination ${n}`)}
      add={{
        label: t('Tilføj en kombineret opdeling', 'Add a category combination'),
        blank: { code: '', name: '', dimensions: '' },
        max: 3,
      }}
    />
  );
}
