import { useI18n } from './i18n/i18n.js';
import { ApprovalsPage } from './pages/approvals-page.js';
import { ApplicationPage } from './pages/application-page.js';
import { AwardPage } from './pages/award-page.js';
import { FundingPage } from './pages/funding-page.js';
import { GrantCallPage } from './pages/grant-call-page.js';
import { GrantsPage } from './pages/grants-page.js';
import { HomePage } from './pages/home-page.js';
import { IndicatorLibraryPage } from './pages/indicator-library-page.js';
import { MeasurementSetupPage } from './pages/measurement-setup-page.js';
import { MyApplicationsPage } from './pages/my-applications-page.js';
import { NotificationsPage } from './pages/notifications-page.js';
import { PeriodReportPage } from './pages/period-report-page.js';
import { ProgrammePage } from './pages/programme-page.js';
import { ProgressPage } from './pages/progress-page.js';
import { ReportingPage } from './pages/reporting-page.js';
import { Page } from './components/page.js';
import { match, usePath } from './router.js';

export function Routes() {
  const path = usePath();
  const { t } = useI18n();
  let params: Record<string, string> | null;
  if (path === '/' || path === '') return <HomePage />;
  if ((params = match('/programmes/:programmeId', path)))
    return <ProgrammePage id={params['programmeId'] ?? ''} />;
  if ((params = match('/programmes/:programmeId/reporting', path)))
    return <ReportingPage programmeId={params['programmeId'] ?? ''} />;
  if ((params = match('/programmes/:programmeId/reporting/:periodId', path)))
    return <PeriodReportPage programmeId={params['programmeId'] ?? ''} periodId={params['periodId'] ?? ''} />;
  if ((params = match('/programmes/:programmeId/approvals', path)))
    return <ApprovalsPage programmeId={params['programmeId'] ?? ''} />;
  if ((params = match('/programmes/:programmeId/progress', path)))
    return <ProgressPage programmeId={params['programmeId'] ?? ''} />;
  if ((params = match('/programmes/:programmeId/measurement', path)))
    return <MeasurementSetupPage programmeId={params['programmeId'] ?? ''} />;
  if (path === '/indicators') return <IndicatorLibraryPage />;
  if ((params = match('/programmes/:programmeId/funding', path)))
    return <FundingPage programmeId={params['programmeId'] ?? ''} />;
  if ((params = match('/grants/calls/:callId', path)))
    return <GrantCallPage callId={params['callId'] ?? ''} />;
  if ((params = match('/grants/applications/:id', path)))
    return <ApplicationPage applicationId={params['id'] ?? ''} />;
  if ((params = match('/grants/awards/:id', path))) return <AwardPage awardId={params['id'] ?? ''} />;
  if (path === '/grants') return <GrantsPage />;
  if (path === '/grants/applications') return <MyApplicationsPage />;
  if (path.startsWith('/notifications')) return <NotificationsPage />;
  return (
    <Page title={t('Siden findes ikke', 'Page not found')}>
      <p>
        {t(
          'Adressen peger ikke på en side i portalen.',
          'The address does not point at a page of the portal.',
        )}
      </p>
    </Page>
  );
}
