import { ORGANISATION_TYPES } from '@samvirke/contracts';
import { useState } from 'react';
import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { organisationTypeName } from './admin-terms.js';
import {
  checkOrganisation,
  missingFields,
  municipalityName,
  type OrganisationForm,
} from './organisation-form.js';
import { SelectField } from './select-field.js';
import { SubmitRow } from './submit-row.js';
import { TextField } from './text-field.js';
import { TextFields, type TextSpec } from './text-fields.js';
import { useCheckedForm } from './use-checked-form.js';

interface Props {
  readonly initial: OrganisationForm;
  /** An organisation that exists: its type and kommunekode are fixed. */
  readonly editing: boolean;
  readonly submitLabel: string;
  readonly send: (form: OrganisationForm) => Promise<void>;
}

/** Registers or changes an organisation; CVR and kommunekode are checked as the administrator types. */
export function OrganisationEditor({ initial, editing, submitLabel, send }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState('');
  const checked = useCheckedForm(
    form,
    (value, sending) => ({
      ...(sending ? missingFields(value, t, editing) : {}),
      ...checkOrganisation(value, t, editing),
    }),
    async (value) => {
      await send(value);
      setSaved(t('Gemt.', 'Saved.'));
    },
  );
  const change = (patch: Partial<OrganisationForm>): void => {
    setSaved('');
    setForm({ ...form, ...patch });
  };
  return (
    <form aria-labelledby="organisation-form-heading" {...checked.formProps}>
      <h2 id="organisation-form-heading">{t('Oplysninger', 'Details')}</h2>
      <OrganisationFields form={form} errors={checked.errors} change={change} editing={editing} />
      <p role="status" className="notice">
        {saved}
      </p>
      <SubmitRow label={submitLabel} failure={checked.failure} sending={checked.sending} />
    </form>
  );
}

interface FieldsProps {
  readonly form: OrganisationForm;
  readonly errors: Errors;
  readonly change: (patch: Partial<OrganisationForm>) => void;
  readonly editing: boolean;
}

const NAME: readonly TextSpec<'name'>[] = [{ name: 'name', id: 'organisation-name', da: 'Navn', en: 'Name' }];

const DETAILS: readonly TextSpec<'cvr' | 'contactEmail' | 'website'>[] = [
  {
    name: 'cvr',
    id: 'organisation-cvr',
    da: 'CVR-nummer (8 cifre)',
    en: 'CVR number (8 digits)',
    inputMode: 'numeric',
  },
  {
    name: 'contactEmail',
    id: 'organisation-email',
    type: 'email',
    da: 'Kontakt-e-mail (valgfri)',
    en: 'Contact e-mail (optional)',
  },
  {
    name: 'website',
    id: 'organisation-website',
    type: 'url',
    da: 'Websted (valgfrit)',
    en: 'Website (optional)',
  },
];

function OrganisationFields({ form, errors, change, editing }: FieldsProps) {
  const i18n = useI18n();
  return (
    <>
      <TextFields fields={NAME} values={form} errors={errors} change={change} />
      <SelectField
        id="organisation-type"
        label={i18n.t('Type', 'Type')}
        pointer="/type"
        value={form.type}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: organisationTypeName(i18n, type) }))}
        errors={errors}
        disabled={editing}
        onChange={(type) => change({ type })}
      />
      {form.type === 'municipality' && (
        <KommunekodeField form={form} errors={errors} change={change} editing={editing} />
      )}
      <TextFields fields={DETAILS} values={form} errors={errors} change={change} />
    </>
  );
}

/** A new municipality's kommunekode, naming the municipality once valid; fixed once registered. */
function KommunekodeField({ form, errors, change, editing }: FieldsProps) {
  const { t } = useI18n();
  if (editing)
    return (
      <p>
        {t('Kommunekode', 'Kommunekode')}: {form.kommunekode} ({municipalityName(form.kommunekode)})
      </p>
    );
  return (
    <TextField
      id="organisation-kommunekode"
      label={t('Kommunekode (3 cifre)', 'Kommunekode (3 digits)')}
      pointer="/kommunekode"
      value={form.kommunekode}
      errors={errors}
      inputMode="numeric"
      hint={municipalityName(form.kommunekode)}
      onChange={(kommunekode) => change({ kommunekode })}
    />
  );
}
