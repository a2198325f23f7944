import type { ContactDto } from '@samvirke/contracts';
import { useState } from 'react';
import { Field } from '../components/fields.js';
import { Await, ErrorMessage } from '../components/status.js';
import { useServerAnswer } from '../grants/use-application-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { TextField } from './text-field.js';

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
  async function remove(contact: ContactDto): Promise<void> {
    try {
      await api.send('DELETE', `${path}/${contact.id}`);
      onRemoved();
    } catch (error) {
      setFailure(error);
    }
  }
  return (
    <div className="table-wrap">
      {failure !== null && <ErrorMessage error={failure} />}
      <table className="stack">
        <caption className="visually-hidden">{t('Kontaktpersoner', 'Contacts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Navn', 'Name')}</th>
            <th scope="col">{t('Rolle', 'Role')}</th>
            <th scope="col">{t('E-mail', 'E-mail')}</th>
            <th scope="col">{t('Sprog', 'Language')}</th>
            <th scope="col">{t('Handlinger', 'Actions')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={contact.id}>
              <th scope="row">{contact.name}</th>
              <td data-label={t('Rolle', 'Role')}>{contact.role}</td>
              <td data-label={t('E-mail', 'E-mail')}>{contact.email}</td>
              <td data-label={t('Sprog', 'Language')}>{contact.language === 'da' ? 'Dansk' : 'English'}</td>
              <td data-label={t('Handlinger', 'Actions')}>
                <button type="button" onClick={() => void remove(contact)}>
                  {t(`Fjern ${contact.name}`, `Remove ${contact.name}`)}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const NO_CONTACT = { name: '', email: '', role: '', language: 'da' as 'da' | 'en' };

function AddContact({ path, onAdded }: { path: string; onAdded: () => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [contact, setContact] = useState(NO_CONTACT);
  const answer = useServerAnswer();
  const errors = answer.fieldErrors;
  const change = (patch: Partial<typeof NO_CONTACT>): void =>
    setContact((current) => ({ ...current, ...patch }));
  async function add(): Promise<void> {
    try {
      await api.send('POST', path, contact);
      answer.clear();
      setContact(NO_CONTACT);
      onAdded();
    } catch (error) {
      answer.fail(error);
    }
  }
  return (
    <form
      noValidate
      aria-labelledby="add-contact"
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <h3 id="add-contact">{t('Tilføj en kontaktperson', 'Add a contact')}</h3>
      <TextField
        id="contact-name"
        label={t('Navn', 'Name')}
        pointer="/name"
        value={contact.name}
        errors={errors}
        onChange={(name) => change({ name })}
      />
      <TextField
        id="contact-email"
        type="email"
        label={t('E-mail', 'E-mail')}
        pointer="/email"
        value={contact.email}
        errors={errors}
        onChange={(email) => change({ email })}
      />
      <TextField
        id="contact-role"
        label={t('Rolle (fx programleder)', 'Role (e.g. programme lead)')}
        pointer="/role"
        value={contact.role}
        errors={errors}
        onChange={(role) => change({ role })}
      />
      <Field
        id="contact-language"
        label={t('Sprog for beskeder', 'Language of messages')}
        errors={errors}
        pointer="/language"
      >
        <select
          id="contact-language"
          value={contact.language}
          onChange={(e) => change({ language: e.target.value === 'en' ? 'en' : 'da' })}
        >
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </select>
      </Field>
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      <div className="actions">
        <button type="submit" className="primary">
          {t('Tilføj kontaktpersonen', 'Add the contact')}
        </button>
      </div>
    </form>
  );
}
