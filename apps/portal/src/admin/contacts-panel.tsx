import { CONTACT_LEGAL_BASES, type ContactDto } from '@samvirke/contracts';
import { useState } from 'react';
import { Table, type Column } from '../components/data-table.js';
import type { Errors } from '../components/fields.js';
import { Await, ErrorMessage } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { SelectField } from './select-field.js';
import { SubmitRow } from './submit-row.js';
import { TextFields, type TextSpec } from './text-fields.js';
import { useCheckedForm } from './use-checked-form.js';

/** An organisation's named contacts (who gets the programme's messages): list, add, remove. */
export function ContactsPanel({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const { t } = useI18n();
  const path = `/partners/organisations/${organisationId}/contacts`;
  const loaded = useLoad((api) => api.get<ContactDto[]>(path), `contacts:${organisationId}`);
  return (
    <section aria-labelledby="contacts">
      <h2 id="contacts">{t('Kontaktpersoner', 'Contacts')}</h2>
      <Await loaded={loaded}>
        {(contacts, reload) => (
          <>
            {contacts.length === 0 ? (
              <p className="notice">
                {t(
                  `${organisationName} har ingen kontaktpersoner endnu. Tilføj den første nedenfor, så programmerne ved, hvem de skal skrive til.`,
                  `${organisationName} has no contacts yet. Add the first below, so that programmes know whom to write to.`,
                )}
              </p>
            ) : (
              <ContactsTable contacts={contacts} path={path} onRemoved={reload} />
            )}
            <AddContact path={path} onAdded={reload} />
          </>
        )}
      </Await>
    </section>
  );
}

function ContactsTable({
  contacts,
  path,
  onRemoved,
}: {
  contacts: ContactDto[];
  path: string;
  onRemoved: () => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const remove = (contact: ContactDto): void =>
    void api.send('DELETE', `${path}/${contact.id}`).then(onRemoved, setFailure);
  return (
    <>
      {failure !== null && <ErrorMessage error={failure} />}
      <Table
        label={t('Kontaktpersoner', 'Contacts')}
        stack
        columns={contactColumns(t, remove)}
        rows={contacts}
        rowKey={(contact) => contact.id}
      />
    </>
  );
}

function contactColumns(t: I18n['t'], remove: (contact: ContactDto) => void): Column<ContactDto>[] {
  return [
    { head: t('Navn', 'Name'), cell: (contact) => contact.name },
    { head: t('Rolle', 'Role'), cell: (contact) => contact.role },
    { head: t('E-mail', 'E-mail'), cell: (contact) => contact.email },
    { head: t('Sprog', 'Language'), cell: (contact) => (contact.language === 'da' ? 'Dansk' : 'English') },
    { head: t('Retsgrundlag', 'Legal basis'), cell: (contact) => legalBasisName(t, contact.legalBasis) },
    {
      head: t('Handlinger', 'Actions'),
      cell: (contact) => (
        <button type="button" onClick={() => remove(contact)}>
          {t(`Fjern ${contact.name}`, `Remove ${contact.name}`)}
        </button>
      ),
    },
  ];
}

type NewContact = Pick<ContactDto, 'name' | 'email' | 'role' | 'language' | 'legalBasis'>;

const NO_CONTACT: NewContact = {
  name: '',
  email: '',
  role: '',
  language: 'da',
  legalBasis: 'legitimate-interest',
};

/** GDPR art. 6(1): why Samvirke may hold the contact. */
function legalBasisName(t: (da: string, en: string) => string, basis: ContactDto['legalBasis']): string {
  switch (basis) {
    case 'public-task':
      return t('Myndighedsopgave (art. 6, stk. 1, e)', 'Public task (art. 6(1)(e))');
    case 'legitimate-interest':
      return t('Legitim interesse (art. 6, stk. 1, f)', 'Legitimate interest (art. 6(1)(f))');
    case 'consent':
      return t('Samtykke (art. 6, stk. 1, a)', 'Consent (art. 6(1)(a))');
    case 'contract':
      return t('Aftale (art. 6, stk. 1, b)', 'Contract (art. 6(1)(b))');
  }
}

function AddContact({ path, onAdded }: { path: string; onAdded: () => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [contact, setContact] = useState(NO_CONTACT);
  const checked = useCheckedForm(
    contact,
    () => ({}),
    async (value) => {
      await api.send('POST', path, value);
      setContact(NO_CONTACT);
      onAdded();
    },
  );
  return (
    <form aria-labelledby="add-contact" className="panel" {...checked.formProps}>
      <h3 id="add-contact">{t('Tilføj en kontaktperson', 'Add a contact')}</h3>
      <ContactFields
        contact={contact}
        errors={checked.errors}
        change={(patch) => setContact({ ...contact, ...patch })}
      />
      <SubmitRow
        label={t('Tilføj kontaktpersonen', 'Add the contact')}
        failure={checked.failure}
        sending={checked.sending}
      />
    </form>
  );
}

const CONTACT_TEXT: readonly TextSpec<'name' | 'email' | 'role'>[] = [
  { name: 'name', id: 'contact-name', da: 'Navn', en: 'Name' },
  { name: 'email', id: 'contact-email', type: 'email', da: 'E-mail', en: 'E-mail' },
  { name: 'role', id: 'contact-role', da: 'Rolle (fx programleder)', en: 'Role (e.g. programme lead)' },
];

function ContactFields({
  contact,
  errors,
  change,
}: {
  contact: NewContact;
  errors: Errors;
  change: (patch: Partial<NewContact>) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextFields fields={CONTACT_TEXT} values={contact} errors={errors} change={change} />
      <SelectField
        id="contact-language"
        label={t('Sprog for beskeder', 'Language of messages')}
        pointer="/language"
        value={contact.language}
        options={[
          { value: 'da', label: 'Dansk' },
          { value: 'en', label: 'English' },
        ]}
        errors={errors}
        onChange={(language) => change({ language })}
      />
      <SelectField
        id="contact-legal-basis"
        label={t('Retsgrundlag', 'Legal basis')}
        pointer="/legalBasis"
        value={contact.legalBasis}
        options={CONTACT_LEGAL_BASES.map((basis) => ({ value: basis, label: legalBasisName(t, basis) }))}
        errors={errors}
        onChange={(legalBasis) => change({ legalBasis })}
      />
    </>
  );
}
