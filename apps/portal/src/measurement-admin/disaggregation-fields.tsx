import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import type { IndicatorDraft } from './indicator-draft.js';
import { ListRow, type ListField } from './list-row.js';

type Row = IndicatorDraft['disaggregations'][number];

interface Props {
  readonly draft: IndicatorDraft;
  readonly errors: Errors;
  readonly change: (patch: Partial<IndicatorDraft>) => void;
}

/** Up to five breakdowns (e.g. gender), each with its values. */
export function DisaggregationFields({ draft, errors, change }: Props) {
  const { t } = useI18n();
  const rows = draft.disaggregations;
  const update = (index: number, patch: Partial<Row>): void =>
    change({ disaggregations: rows.map((row, at) => (at === index ? { ...row, ...patch } : row)) });
  const remove = (index: number): void => change({ disaggregations: rows.filter((_, at) => at !== index) });
  return (
    <fieldset>
      <legend>{t('Opdelinger', 'Disaggregations')}</legend>
      {rows.length === 0 && <p className="muted">{t('Ingen opdelinger.', 'No disaggregations.')}</p>}
      {rows.map((row, index) => (
        <DisaggregationRow
          key={index}
          index={index}
          row={row}
          errors={errors}
          update={update}
          remove={remove}
        />
      ))}
      {errors['/disaggregations'] && <p className="field-error">{errors['/disaggregations']}</p>}
      <button
        type="button"
        disabled={rows.length >= 5}
        onClick={() => change({ disaggregations: [...rows, { code: '', name: '', values: '' }] })}
      >
        {t('Tilføj en opdeling', 'Add a disaggregation')}
      </button>
    </fieldset>
  );
}

function DisaggregationRow({
  index,
  row,
  errors,
  update,
  remove,
}: {
  index: number;
  row: Row;
  errors: Errors;
  update: (index: number, patch: Partial<Row>) => void;
  remove: (index: number) => void;
}) {
  const { t } = useI18n();
  const n = index + 1;
  const fields: ListField<Row>[] = [
    { key: 'code', label: t(`Opdeling ${n}: kode`, `Disaggregation ${n}: code`) },
    { key: 'name', label: t(`Opdeling ${n}: navn`, `Disaggregation ${n}: name`) },
    {
      key: 'values',
      label: t(`Opdeling ${n}: værdier`, `Disaggregation ${n}: values`),
      hint: t('Koder adskilt af komma, fx kvinde, mand', 'Codes separated by commas, e.g. female, male'),
    },
  ];
  const removal = { label: t(`Fjern opdeling ${n}`, `Remove disaggregation ${n}`), onRemove: remove };
  return (
    <ListRow
      list="disaggregations"
      index={index}
      row={row}
      fields={fields}
      errors={errors}
      update={update}
      remove={removal}
    />
  );
}
