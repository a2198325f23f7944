import type { OwnApplicationDto } from '@samvirke/contracts';
import { Page } from '../components/page.js';
import { Await, StatusBadge } from '../components/status.js';
import { Tabs } from '../components/tabs.js';
import { grantsLinks, loadOwnApplications } from '../grants/grants-load.js';
import { grantStatusName } from '../grants/grants-terms.js';
import { formatKroner } from '../grants/money.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { Link } from '../router.js';

/** "Mine ansøgninger": the user's organisations' applications in every call, the latest changed first. */
export function MyApplicationsPage() {
  const { t } = useI18n();
  const loaded = useLoad(loadOwnApplications, 'own-applications');
  return (
    <Page title={t('Mine ansøgninger', 'My applications')}>
      <Tabs label={t('Tilskud', 'Grants')} links={grantsLinks(t)} />
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
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="table-wrap">
      <table className="stack">
        <caption className="visually-hidden">
          {t('Din organisations ansøgninger', "Your organisation's applications")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Ansøgning', 'Application')}</th>
            <th scope="col">{t('Ansøgningsrunde', 'Grant call')}</th>
            <th scope="col">{t('Status', 'Status')}</th>
            <th scope="col" className="num">
              {t('Ansøgt beløb', 'Amount requested')}
            </th>
            <th scope="col">{t('Senest ændret', 'Last changed')}</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((application) => (
            <tr key={application.id}>
              <th scope="row">
                <Link href={`/grants/applications/${application.id}`}>
                  {application.title || t('(uden titel)', '(untitled)')}
                </Link>
              </th>
              <td data-label={t('Ansøgningsrunde', 'Grant call')}>
                {application.callTitle}
                <span className="muted"> · {application.programmeName}</span>
              </td>
              <td data-label={t('Status', 'Status')}>
                <StatusBadge status={application.status} label={grantStatusName(i18n, application.status)} />
              </td>
              <td className="num" data-label={t('Ansøgt beløb', 'Amount requested')}>
                {application.requestedAmountOre === null
                  ? '–'
                  : formatKroner(application.requestedAmountOre, i18n.language)}
              </td>
              <td data-label={t('Senest ændret', 'Last changed')}>
                {i18n.formatDateTime(application.updatedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
