import type { OwnApplicationDto } from '@samvirke/contracts';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { Tabs } from '../components/tabs.js';
import { ApplicationRow, ApplicationsTable } from '../grants/application-row.js';
import { grantsLinks, loadOwnApplications } from '../grants/grants-load.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { Link } from '../router.js';

/** "Mine ansøgninger": the user's organisations' applications in every call, the latest changed first. */
export function MyApplicationsPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(loadOwnApplications, 'own-applications');
  return (
    <Page title={t('Mine ansøgninger', 'My applications')}>
      <Tabs label={t('Tilskud', 'Grants')} links={grantsLinks(t, principal)} />
      <Await loaded={loaded}>
        {(applications) =>
          applications.length === 0 ? (
            <p>
              {t(
                'Din organisation har ingen ansøgninger endnu. Find en åben ansøgningsrunde under ',
                'Your organisation has no applications yet. Find an open call under ',
              )}
              <Link href="/grants">{t('Tilskud', 'Grants')}</Link>.
            </p>
          ) : (
            <OwnApplicationsTable applications={applications} />
          )
        }
      </Await>
    </Page>
  );
}

function OwnApplicationsTable({ applications }: { applications: OwnApplicationDto[] }) {
  const { t } = useI18n();
  return (
    <ApplicationsTable
      caption={t('Din organisations ansøgninger', "Your organisation's applications")}
      detail={t('Ansøgningsrunde', 'Grant call')}
      more={[t('Senest ændret', 'Last changed')]}
    >
      {applications.map((application) => (
        <OwnApplicationRow key={application.id} application={application} />
      ))}
    </ApplicationsTable>
  );
}

function OwnApplicationRow({ application }: { application: OwnApplicationDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const call = (
    <>
      {application.callTitle}
      <span className="muted"> · {application.programmeName}</span>
    </>
  );
  return (
    <ApplicationRow
      application={application}
      detail={{ label: t('Ansøgningsrunde', 'Grant call'), content: call }}
    >
      <td data-label={t('Senest ændret', 'Last changed')}>{i18n.formatDateTime(application.updatedAt)}</td>
    </ApplicationRow>
  );
}
