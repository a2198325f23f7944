import { INDICATOR_AGGREGATIONS, INDICATOR_POLARITIES, INDICATOR_UNITS } from '@samvirke/contracts';
import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { termOptions } from './admin-terms.js';
import type { IndicatorDraft } from './indicator-draft.js';
import { CheckField, SelectField, TextField } from './inputs.js';

interface Props {
  readonly draft: IndicatorDraft;
  readonly errors: Errors;
  readonly change: (patch: Partial<IndicatorDraft>) => void;
}

/** Names and descriptions in both languages. */
export function IndicatorNameFields({ draft, errors, change }: Props) {
  const { t } = useI18n();
  const field = (key: 'nameDa' | 'nameEn' | 'descriptionDa' | 'descriptionEn', label: string) => (
    <TextField
      id={`indicator-${key}`}
      label={label}
      value={draft[key]}
      onChange={(value) => change({ [key]: value })}
      errors={errors}
      pointer={`/${key}`}
    />
  );
  return (
    <>
      {field('nameDa', t('Navn på dansk', 'Name in Danish'))}
      {field('nameEn', t('Navn på engelsk', 'Name in English'))}
      {field('descriptionDa', t('Beskrivelse på dansk', 'Description in Danish'))}
      {field('descriptionEn', t('Beskrivelse på engelsk', 'Description in English'))}
    </>
  );
}

/** What is counted and how organisations' values combine. */
export function IndicatorMeasureFields({ draft, errors, change }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <fieldset>
      <legend>{t('Måling', 'Measure')}</legend>
      <SelectField
        id="indicator-unit"
        label={t('Enhed', 'Unit')}
        value={draft.unit}
        errors={errors}
        pointer="/unit"
        onChange={(unit) => change({ unit: unit as IndicatorDraft['unit'] })}
        options={termOptions(i18n, INDICATOR_UNITS)}
      />
      <SelectField
        id="indicator-valueType"
        label={t('Værditype', 'Value type')}
        value={draft.valueType}
        errors={errors}
        pointer="/valueType"
        onChange={(valueType) => change({ valueType: valueType as IndicatorDraft['valueType'] })}
        options={termOptions(i18n, ['integer', 'decimal'])}
      />
      <TextField
        id="indicator-scale"
        type="number"
        label={t('Decimaler', 'Decimals')}
        value={draft.scale}
        onChange={(scale) => change({ scale })}
        errors={errors}
        pointer="/scale"
      />
      <SelectField
        id="indicator-aggregation"
        label={t('Sammenlægning', 'Aggregation')}
        value={draft.aggregation}
        errors={errors}
        pointer="/aggregation"
        onChange={(aggregation) => change({ aggregation: aggregation as IndicatorDraft['aggregation'] })}
        options={termOptions(i18n, INDICATOR_AGGREGATIONS)}
      />
      <TextField
        id="indicator-denominatorCode"
        label={t('Nævner (kode, ved vægtet gennemsnit)', 'Denominator (code, for a weighted mean)')}
        value={draft.denominatorCode}
        onChange={(denominatorCode) => change({ denominatorCode })}
        errors={errors}
        pointer="/denominatorCode"
      />
      <SelectField
        id="indicator-polarity"
        label={t('Retning', 'Direction')}
        value={draft.polarity}
        errors={errors}
        pointer="/polarity"
        onChange={(polarity) => change({ polarity: polarity as IndicatorDraft['polarity'] })}
        options={termOptions(i18n, INDICATOR_POLARITIES)}
      />
      <TextField
        id="indicator-min"
        type="number"
        label={t('Mindste værdi', 'Minimum value')}
        value={draft.min}
        onChange={(min) => change({ min })}
        errors={errors}
        pointer="/min"
      />
      <TextField
        id="indicator-max"
        type="number"
        label={t('Største værdi', 'Maximum value')}
        value={draft.max}
        onChange={(max) => change({ max })}
        errors={errors}
        pointer="/max"
      />
      <CheckField
        id="indicator-sensitive"
        checked={draft.sensitive}
        onChange={(sensitive) => change({ sensitive })}
        label={t(
          'Følsomt antal personer (små tal skjules)',
          'Sensitive count of people (small numbers hidden)',
        )}
      />
      {errors['/sensitive'] && <p className="field-error">{errors['/sensitive']}</p>}
    </fieldset>
  );
}

/** Up to five breakdowns (e.g. gender), each with its values. */
export function DisaggregationFields({ draft, errors, change }: Props) {
  const { t } = useI18n();
  const rows = draft.disaggregations;
  const update = (index: number, patch: Partial<IndicatorDraft['disaggregations'][number]>): void =>
    change({ disaggregations: rows.map((row, at) => (at === index ? { ...row, ...patch } : row)) });
  return (
    <fieldset>
      <legend>{t('Opdelinger', 'Disaggregations')}</legend>
      {rows.length === 0 && <p className="muted">{t('Ingen opdelinger.', 'No disaggregations.')}</p>}
      {rows.map((row, index) => (
        <div key={index} className="budget-line">
          <TextField
            id={`disaggregation-${index}-code`}
            label={t(`Opdeling ${index + 1}: kode`, `Disaggregation ${index + 1}: code`)}
            value={row.code}
            onChange={(code) => update(index, { code })}
            errors={errors}
            pointer={`/disaggregations/${index}/code`}
          />
          <TextField
            id={`disaggregation-${index}-name`}
            label={t(`Opdeling ${index + 1}: navn`, `Disaggregation ${index + 1}: name`)}
            value={row.name}
            onChange={(name) => update(index, { name })}
            errors={errors}
            pointer={`/disaggregations/${index}/name`}
          />
          <TextField
            id={`disaggregation-${index}-values`}
            label={t(`Opdeling ${index + 1}: værdier`, `Disaggregation ${index + 1}: values`)}
            hint={t(
              'Koder adskilt af komma, fx kvinde, mand',
              'Codes separated by commas, e.g. female, male',
            )}
            value={row.values}
            onChange={(values) => update(index, { values })}
            errors={errors}
            pointer={`/disaggregations/${index}/values`}
          />
          <button
            type="button"
            onClick={() => change({ disaggregations: rows.filter((_, at) => at !== index) })}
          >
            {t(`Fjern opdeling ${index + 1}`, `Remove disaggregation ${index + 1}`)}
          </button>
        </div>
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
