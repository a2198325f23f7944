import { ORGANISATION_TYPES, type OrganisationType } from '@samvirke/contracts';
import { useState } from 'react';
import { Field } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useServerAnswer } from '../grants/use-application-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { organisationTypeName } from './admin-terms.js';
import {
  checkOrganisation,
  missingFields,
  municipalityName,
  type OrganisationForm,
} from './organisation-form.js';
import { TextField } from './text-field.js';

interface Props {
  readonly initial: OrganisationForm;
  /** An organisation that exists: its type and kommunekode are fixed. */
  readonly editing: boolean;
  readonly submitLabel: string;
  readonly send: (form: OrganisationForm) => Promise<void>;
}

/** Registers or changes an organisation; CVR and kommunekode are checked as the administrator types. */
export function OrganisationEditor({ initial, editing, submitLabel, send }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState('');
  const answer = useServerAnswer();
  const change = (patch: Partial<OrganisationForm>): void => {
    setSaved('');
    setForm((current) => ({ ...current, ...patch }));
  };
  const errors = {
    ...answer.fieldErrors,
    ...(tried ? missingFields(form, t, editing) : {}),
    ...checkOrganisation(form, t, editing),
  };

  async function submit(): Promise<void> {
    setTried(true);
    const blocking = { ...missingFields(form, t, editing), ...checkOrganisation(form, t, editing) };
    if (Object.keys(blocking).length > 0) return;
    try {
      await send(form);
      answer.clear();
      setTried(false);
      setSaved(t('Gemt.', 'Saved.'));
    } catch (error) {
      answer.fail(error);
    }
  }

  return (
    <form
      noValidate
      aria-labelledby="organisation-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="organisation-form-heading">{t('Oplysninger', 'Details')}</h2>
      <TextField
        id="organisation-name"
        label={t('Navn', 'Name')}
        pointer="/name"
        value={form.name}
        errors={errors}
        onChange={(name) => change({ name })}
      />
      <Field id="organisation-type" label={t('Type', 'Type')} errors={errors} pointer="/type">
        <select
          id="organisation-type"
          value={form.type}
          disabled={editing}
          onChange={(e) => change({ type: e.target.value as OrganisationType })}
        >
          {ORGANISATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {organisationTypeName(i18n, type)}
            </option>
          ))}
        </select>
      </Field>
      {form.type === 'municipality' && editing && (
        <p>
          {t('Kommunekode', 'Kommunekode')}: {form.kommunekode} ({municipalityName(form.kommunekode)})
        </p>
      )}
      {form.type === 'municipality' && !editing && (
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
      )}
      <TextField
        id="organisation-cvr"
        label={t('CVR-nummer (8 cifre)', 'CVR number (8 digits)')}
        pointer="/cvr"
        value={form.cvr}
        errors={errors}
        inputMode="numeric"
        onChange={(cvr) => change({ cvr })}
      />
      <TextField
        id="organisation-email"
        type="email"
        label={t('Kontakt-e-mail (valgfri)', 'Contact e-mail (optional)')}
        pointer="/contactEmail"
        value={form.contactEmail}
        errors={errors}
        onChange={(contactEmail) => change({ contactEmail })}
      />
      <TextField
        id="organisation-website"
        type="url"
        label={t('Websted (valgfrit)', 'Website (optional)')}
        pointer="/website"
        value={form.website}
        errors={errors}
        onChange={(website) => change({ website })}
      />
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      <p role="status" className="notice">
        {saved}
      </p>
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
