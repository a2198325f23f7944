import { INDICATOR_AGGREGATIONS, INDICATOR_POLARITIES, INDICATOR_UNITS } from '@samvirke/contracts';
import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { termOptions } from './admin-terms.js';
import type { IndicatorDraft } from './indicator-draft.js';
import { binder, CheckField, SelectField, TextField } from './inputs.js';

interface Props {
  readonly draft: IndicatorDraft;
  readonly errors: Errors;
  readonly change: (patch: Partial<IndicatorDraft>) => void;
}

/** Names and descriptions in both languages. */
export function IndicatorNameFields({ draft, errors, change }: Props) {
  const { t } = useI18n();
  const bind = binder('indicator', draft, change, errors);
  return (
    <>
      <TextField {...bind('nameDa')} label={t('Navn på dansk', 'Name in Danish')} />
      <TextField {...bind('nameEn')} label={t('Navn på engelsk', 'Name in English')} />
      <TextField {...bind('descriptionDa')} label={t('Beskrivelse på dansk', 'Description in Danish')} />
      <TextField {...bind('descriptionEn')} label={t('Beskrivelse på engelsk', 'Description in English')} />
    </>
  );
}

/** What is counted and how organisations' values combine. */
export function IndicatorMeasureFields({ draft, errors, change }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const bind = binder('indicator', draft, change, errors);
  return (
    <fieldset>
      <legend>{t('Måling', 'Measure')}</legend>
      <SelectField
        {...bind('unit')}
        label={t('Enhed', 'Unit')}
        options={termOptions(i18n, INDICATOR_UNITS)}
      />
      <SelectField
        {...bind('valueType')}
        label={t('Værditype', 'Value type')}
        options={termOptions(i18n, ['integer', 'decimal'])}
      />
      <TextField {...bind('scale')} type="number" label={t('Decimaler', 'Decimals')} />
      <SelectField
        {...bind('aggregation')}
        label={t('Sammenlægning', 'Aggregation')}
        options={termOptions(i18n, INDICATOR_AGGREGATIONS)}
      />
      <TextField
        {...bind('denominatorCode')}
        label={t('Nævner (ved vægtet gennemsnit)', 'Denominator (for a weighted mean)')}
        hint={t('Koden på den indikator, der vægter', 'The code of the indicator that weighs')}
      />
      <SelectField
        {...bind('polarity')}
        label={t('Retning', 'Direction')}
        options={termOptions(i18n, INDICATOR_POLARITIES)}
      />
      <IndicatorLimitFields draft={draft} errors={errors} change={change} />
    </fieldset>
  );
}

/** The range values lie in, and whether small counts are hidden. */
function IndicatorLimitFields({ draft, errors, change }: Props) {
  const { t } = useI18n();
  const bind = binder('indicator', draft, change, errors);
  return (
    <>
      <TextField {...bind('min')} type="number" label={t('Mindste værdi', 'Minimum value')} />
      <TextField {...bind('max')} type="number" label={t('Største værdi', 'Maximum value')} />
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
    </>
  );
}
