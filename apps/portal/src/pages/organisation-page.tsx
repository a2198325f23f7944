import type { OrganisationDto } from '@samvirke/contracts';
import { isAdmin } from '../admin/access.js';
import { AdminOnly } from '../admin/admin-only.js';
import { ArchiveOrganisation } from '../admin/archive-organisation.js';
import { ContactsPanel } from '../admin/contacts-panel.js';
import { OrganisationEditor } from '../admin/organisation-editor.js';
import { SubUnitsPanel } from '../admin/sub-units-panel.js';
import { organisationFormOf, updateBody } from '../admin/organisation-form.js';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';

/** One organisation: its details (which platform admins change), and its contacts (also its own users'). */
export function OrganisationPage({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(
    (client) => client.get<OrganisationDto>(`/partners/organisations/${organisationId}`),
    `organisation:${organisationId}`,
  );
  const title = loaded.state === 'ready' ? loaded.data.name : t('Organisation', 'Organisation');
  const allowed = isAdmin(principal) || principal.organisations.includes(organisationId);
  return (
    <Page title={title} crumbs={[{ href: '/organisations', label: t('Organisationer', 'Organisations') }]}>
      {allowed ? (
        <Await loaded={loaded}>
          {(organisation, reload) => <Organisation organisation={organisation} reload={reload} />}
        </Await>
      ) : (
        <AdminOnly />
      )}
    </Page>
  );
}

function Organisation({ organisation, reload }: { organisation: OrganisationDto; reload: () => void }) {
  const { t } = useI18n();
  const { api, principal } = usePortal();
  const admin = isAdmin(principal);
  return (
    <>
      {admin && (
        <OrganisationEditor
          initial={organisationFormOf(organisation)}
          editing
          submitLabel={t('Gem ændringerne', 'Save the changes')}
          send={async (form) => {
            await api.send('PATCH', `/partners/organisations/${organisation.id}`, updateBody(form));
            reload();
          }}
        />
      )}
      {organisation.parentOrganisationId && (
        <p>
          {t('Underenhed af', 'Sub-unit of')}{' '}
          <a href={`/organisations/${organisation.parentOrganisationId}`}>
            {t('den overordnede organisation', 'its parent organisation')}
          </a>
        </p>
      )}
      <SubUnitsPanel organisation={organisation} depth={organisation.parentOrganisationId ? 1 : 0} />
      <ContactsPanel organisationId={organisation.id} organisationName={organisation.name} />
      {admin && <ArchiveOrganisation organisation={organisation} onChanged={reload} />}
    </>
  );
}
