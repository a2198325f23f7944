import type { ReactNode } from 'react';
import { adminRoute } from './admin/admin-routes.js';
import { useI18n } from './i18n/i18n.js';
import { AnnouncementPage, AnnouncementsPage } from './pages/announcements-page.js';
import { GovernancePage } from './pages/governance-page.js';
import { HealthCheckPage } from './pages/health-check-page.js';
import { MeetingPage } from './pages/meeting-page.js';
import { ApprovalsPage } from './pages/approvals-page.js';
import { MunicipalApprovalsPage } from './pages/municipal-approvals-page.js';
import { ApplicationPage } from './pages/application-page.js';
import { AwardPage } from './pages/award-page.js';
import { BoardPage } from './pages/board-page.js';
import { CallsPage } from './pages/calls-page.js';
import { FundingPage } from './pages/funding-page.js';
import { GrantCallPage } from './pages/grant-call-page.js';
import { GrantsPage } from './pages/grants-page.js';
import { HomePage } from './pages/home-page.js';
import { IndicatorLibraryPage } from './pages/indicator-library-page.js';
import { IndicatorStatisticsPage } from './pages/indicator-statistics-page.js';
import { MeasurementSetupPage } from './pages/measurement-setup-page.js';
import { MyApplicationsPage } from './pages/my-applications-page.js';
import { NewCallPage } from './pages/new-call-page.js';
import { NotificationsPage } from './pages/notifications-page.js';
import { PeriodReportPage } from './pages/period-report-page.js';
import { ProgrammePage } from './pages/programme-page.js';
import { ProgressPage } from './pages/progress-page.js';
import { dashboardRoute } from './dashboards/dashboard-routes.js';
import { ReportingPage } from './pages/reporting-page.js';
import { learningPages } from './learning/learning-routes.js';
import { Page } from './components/page.js';
import { match, usePath } from './router.js';

type Render = (params: Record<string, string>) => ReactNode;

/** The portal's pages by address (besides the admin and dashboard pages); the first match wins. */
const PAGES: readonly (readonly [string, Render])[] = [
  ['/programmes/:programmeId', (p) => <ProgrammePage id={p['programmeId'] ?? ''} />],
  ['/programmes/:programmeId/reporting', (p) => <ReportingPage programmeId={p['programmeId'] ?? ''} />],
  [
    '/programmes/:programmeId/reporting/:periodId',
    (p) => <PeriodReportPage programmeId={p['programmeId'] ?? ''} periodId={p['periodId'] ?? ''} />,
  ],
  ['/programmes/:programmeId/approvals', (p) => <ApprovalsPage programmeId={p['programmeId'] ?? ''} />],
  [
    '/programmes/:programmeId/municipal-approvals',
    (p) => <MunicipalApprovalsPage programmeId={p['programmeId'] ?? ''} />,
  ],
  ['/programmes/:programmeId/progress', (p) => <ProgressPage programmeId={p['programmeId'] ?? ''} />],
  [
    '/programmes/:programmeId/measurement',
    (p) => <MeasurementSetupPage programmeId={p['programmeId'] ?? ''} />,
  ],
  [
    '/programmes/:programmeId/announcements',
    (p) => <AnnouncementsPage programmeId={p['programmeId'] ?? ''} />,
  ],
  [
    '/programmes/:programmeId/announcements/:announcementId',
    (p) => (
      <AnnouncementPage programmeId={p['programmeId'] ?? ''} announcementId={p['announcementId'] ?? ''} />
    ),
  ],
  ['/programmes/:programmeId/governance', (p) => <GovernancePage programmeId={p['programmeId'] ?? ''} />],
  [
    '/programmes/:programmeId/governance/meetings/:meetingId',
    (p) => <MeetingPage programmeId={p['programmeId'] ?? ''} meetingId={p['meetingId'] ?? ''} />,
  ],
  ['/programmes/:programmeId/health-check', (p) => <HealthCheckPage programmeId={p['programmeId'] ?? ''} />],
  ['/indicators', () => <IndicatorLibraryPage />],
  ['/indicators/:id/statistics', (p) => <IndicatorStatisticsPage indicatorId={p['id'] ?? ''} />],
  ['/programmes/:programmeId/funding', (p) => <FundingPage programmeId={p['programmeId'] ?? ''} />],
  ['/programmes/:programmeId/calls', (p) => <CallsPage programmeId={p['programmeId'] ?? ''} />],
  ['/programmes/:programmeId/calls/new', (p) => <NewCallPage programmeId={p['programmeId'] ?? ''} />],
  ['/grants/calls/:callId', (p) => <GrantCallPage callId={p['callId'] ?? ''} />],
  ['/grants/applications/:id', (p) => <ApplicationPage applicationId={p['id'] ?? ''} />],
  ['/grants/awards/:id', (p) => <AwardPage awardId={p['id'] ?? ''} />],
  ['/grants/board', () => <BoardPage />],
  ['/grants/board/:organisationId', (p) => <BoardPage organisationId={p['organisationId'] ?? ''} />],
  ['/grants', () => <GrantsPage />],
  ['/grants/applications', () => <MyApplicationsPage />],
  ...learningPages,
];

function page(path: string): ReactNode {
  for (const [pattern, render] of PAGES) {
    const params = match(pattern, path);
    if (params) return render(params);
  }
  return null;
}

export function Routes() {
  const path = usePath();
  const { t } = useI18n();
  if (path === '/' || path === '') return <HomePage />;
  if (path.startsWith('/notifications')) return <NotificationsPage />;
  const found = adminRoute(path) ?? page(path) ?? dashboardRoute(path);
  if (found) return found;
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
