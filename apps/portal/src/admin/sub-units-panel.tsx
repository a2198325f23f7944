import type { OrganisationDto, Page as PageOf } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { isAdmin } from './access.js';
import { TextField } from './text-field.js';
import { useCheckedForm } from './use-checked-form.js';

/** How deep the tree below a municipality may go (partners refuses deeper, naming the field). */
const MAX_DEPTH = 2;

/**
 * An organisation's sub-units (forvaltninger, institutions), each reporting on its own; platform
 * admins and the municipality's own reporters add them and rename them.
 */
export function SubUnitsPanel({ organisation, depth }: { organisation: OrganisationDto; depth: number }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(
    (api) => api.get<PageOf<OrganisationDto>>(`/partners/organisations?parent=${organisation.id}&limit=100`),
    `sub-units:${organisation.id}`,
  );
  const manages =
    isAdmin(principal) ||
    (principal.roles.includes('reporter') && principal.organisations.includes(organisation.id));
  const inTree = organisation.type === 'municipality' || organisation.parentOrganisationId !== null;
  if (!inTree) return null;
  return (
    <section aria-labelledby="sub-units-title">
      <h2 id="sub-units-title">{t('Underenheder', 'Sub-units')}</h2>
      <Await loaded={loaded}>
        {(page, reload) => (
          <>
            {page.items.length === 0 ? (
              <p>
                {t('Ingen forvaltninger eller institutioner endnu.', 'No forvaltninger or institutions yet.')}
              </p>
            ) : (
              <ul className="sub-units">
                {page.items.map((unit) => (
                  <SubUnitRow key={unit.id} unit={unit} manages={manages} onChanged={reload} />
                ))}
              </ul>
            )}
            {manages && depth < MAX_DEPTH && <AddSubUnit parentId={organisation.id} onAdded={reload} />}
          </>
        )}
      </Await>
    </section>
  );
}

function SubUnitRow(props: { unit: OrganisationDto; manages: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [name, setName] = useState(props.unit.name);
  const [renaming, setRenaming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  async function rename(): Promise<void> {
    try {
      await api.send('PATCH', `/partners/organisations/${props.unit.id}`, { name: name.trim() });
      setRenaming(false);
      props.onChanged();
    } catch (error) {
      setFailure(error);
    }
  }
  return (
    <li>
      <a href={`/organisations/${props.unit.id}`}>{props.unit.name}</a>
      {props.manages && !renaming && (
        <button type="button" className="link-button" onClick={() => setRenaming(true)}>
          {t(`Omdøb ${props.unit.name}`, `Rename ${props.unit.name}`)}
        </button>
      )}
      {renaming && (
        <form onSubmit={(event) => (event.preventDefault(), void rename())} noValidate>
          <label htmlFor={`rename-${props.unit.id}`}>{t('Nyt navn', 'New name')}</label>
          <input
            id={`rename-${props.unit.id}`}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit">{t('Gem navnet', 'Save the name')}</button>
        </form>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
    </li>
  );
}

function AddSubUnit({ parentId, onAdded }: { parentId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [name, setName] = useState('');
  const form = useCheckedForm(
    { name },
    (value, sending): Record<string, string> =>
      sending && value.name.trim().length < 2
        ? { '/name': t('Skriv mindst 2 tegn.', 'Write at least 2 characters.') }
        : {},
    async (value) => {
      await api.send('POST', '/partners/organisations', {
        name: value.name.trim(),
        type: 'other',
        parentOrganisationId: parentId,
      });
      setName('');
      onAdded();
    },
  );
  return <AddSubUnitForm form={form} name={name} onName={setName} />;
}

function AddSubUnitForm(props: {
  form: ReturnType<typeof useCheckedForm<{ name: string }>>;
  name: string;
  onName: (name: string) => void;
}) {
  const { t } = useI18n();
  const { form, name } = props;
  const setName = props.onName;
  return (
    <form {...form.formProps} aria-labelledby="add-sub-unit-title">
      <h3 id="add-sub-unit-title">{t('Tilføj en underenhed', 'Add a sub-unit')}</h3>
      <TextField
        id="sub-unit-name"
        label={t('Navn (forvaltning eller institution)', 'Name (forvaltning or institution)')}
        pointer="/name"
        value={name}
        onChange={setName}
        errors={form.errors}
      />
      {form.errors['/parentOrganisationId'] && (
        <p className="field-error">{form.errors['/parentOrganisationId']}</p>
      )}
      {form.failure !== null && form.failure !== undefined && <ErrorMessage error={form.failure} />}
      <button type="submit" className="primary" disabled={form.sending}>
        {t('Tilføj underenhed', 'Add sub-unit')}
      </button>
    </form>
  );
}
