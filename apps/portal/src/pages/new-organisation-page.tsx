import type { OrganisationDto } from '@samvirke/contracts';
import { isAdmin } from '../admin/access.js';
import { AdminOnly } from '../admin/admin-only.js';
import { OrganisationEditor } from '../admin/organisation-editor.js';
import { EMPTY_ORGANISATION, registerBody } from '../admin/organisation-form.js';
import { Page } from '../components/page.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { navigate } from '../router.js';

export function NewOrganisationPage() {
  const { t } = useI18n();
  const { api, principal } = usePortal();
  return (
    <Page
      title={t('Registrer en organisation', 'Register an organisation')}
      crumbs={[{ href: '/organisations', label: t('Organisationer', 'Organisations') }]}
    >
      {isAdmin(principal) ? (
        <OrganisationEditor
          initial={EMPTY_ORGANISATION}
          editing={false}
          submitLabel={t('Registrer organisationen', 'Register the organisation')}
          send={async (form) => {
            const organisation = await api.send<OrganisationDto>(
              'POST',
              '/partners/organisations',
              registerBody(form),
            );
            navigate(`/organisations/${organisation.id}`);
          }}
        />
      ) : (
        <AdminOnly />
      )}
    </Page>
  );
}
