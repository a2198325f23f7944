import { ORGANISATION_TYPES } from '@samvirke/contracts';
import { Field, FieldError, invalid, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { DEFAULT_REPORT_SECTIONS_DA, type CallDraft, type ChangeCall } from './call-draft.js';
import { InputField, TextAreaField } from '../components/input-field.js';
import { organisationTypeName } from './funder-choices.js';

interface Props {
  readonly call: CallDraft;
  readonly errors: Errors;
  readonly change: ChangeCall;
}

/** An input of the call's draft: its value, its change and its messages. */
function bind(key: 'title' | 'budget' | 'opensAt' | 'closesAt', { call, errors, change }: Props) {
  return { errors, value: call[key], onValue: (value: string) => change({ [key]: value }) };
}

/** Title, description and budget. */
export function CallTextFields(props: Props) {
  const { call, errors, change } = props;
  const { t } = useI18n();
  return (
    <>
      <InputField id="call-title" label={t('Titel', 'Title')} pointer="/title" {...bind('title', props)} />
      <TextAreaField
        id="call-description"
        label={t('Beskrivelse til ansøgerne', 'Description for applicants')}
        pointer="/description"
        rows={5}
        errors={errors}
        value={call.description}
        onValue={(description) => change({ description })}
      />
      <InputField
        id="call-budget"
        label={t('Ramme (kr.)', 'Budget (DKK)')}
        pointer="/budgetOre"
        inputMode="decimal"
        {...bind('budget', props)}
      />
    </>
  );
}

/** When the call opens and closes (the browser's local time). */
export function CallTimeFields(props: Props) {
  const { t } = useI18n();
  return (
    <div className="budget-line">
      <InputField
        id="call-opens"
        label={t('Åbner', 'Opens')}
        pointer="/opensAt"
        type="datetime-local"
        {...bind('opensAt', props)}
      />
      <InputField
        id="call-closes"
        label={t('Lukker', 'Closes')}
        pointer="/closesAt"
        type="datetime-local"
        {...bind('closesAt', props)}
      />
    </div>
  );
}

/** The kinds of organisation that may apply. */
export function EligibleTypesFieldset({ call, errors, change }: Props) {
  const i18n = useI18n();
  const pointer = '/eligibleOrganisationTypes';
  return (
    <fieldset>
      <legend>{i18n.t('Hvem kan søge', 'Who may apply')}</legend>
      {ORGANISATION_TYPES.map((type) => (
        <div key={type} className="check">
          <input
            type="checkbox"
            id={`call-type-${type}`}
            checked={call.types.includes(type)}
            {...invalid(errors, pointer, 'call-types')}
            onChange={(e) =>
              change({
                types: e.target.checked
                  ? [...call.types, type]
                  : call.types.filter((chosen) => chosen !== type),
              })
            }
          />
          <label htmlFor={`call-type-${type}`}>{organisationTypeName(i18n, type)}</label>
        </div>
      ))}
      <FieldError errors={errors} pointer={pointer} id="call-types" />
    </fieldset>
  );
}

/** The headings of the grantees' narrative reports on the call's awards, one a line. */
export function ReportTemplateField({ call, errors, change }: Props) {
  const { t } = useI18n();
  return (
    <Field
      id="call-report-sections"
      label={t('Rapportskabelon: afsnit, ét pr. linje', 'Report template: sections, one a line')}
      errors={errors}
      pointer="/reportSections"
    >
      <textarea
        id="call-report-sections"
        rows={4}
        value={call.reportSections ?? DEFAULT_REPORT_SECTIONS_DA}
        onChange={(e) => change({ reportSections: e.target.value })}
        {...invalid(errors, '/reportSections', 'call-report-sections')}
      />
    </Field>
  );
}
