import { Page } from '../components/page.js';
import { useI18n } from '../i18n/i18n.js';
import { CalendarPanel } from '../notifications/calendar-panel.js';
import { Inbox } from '../notifications/inbox.js';
import { PreferencesForm } from '../notifications/preferences-form.js';
import { WebhooksPanel } from '../notifications/webhooks-panel.js';
import { usePortal } from '../portal-context.js';
import { usePath } from '../router.js';
import { Tabs } from '../components/tabs.js';

export function NotificationsPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const path = usePath();
  const links = [
    { href: '/notifications', label: t('Indbakke', 'Inbox') },
    { href: '/notifications/preferences', label: t('Indstillinger', 'Preferences') },
    { href: '/notifications/calendar', label: t('Kalender', 'Calendar') },
    ...(principal.roles.includes('platform-admin')
      ? [{ href: '/notifications/webhooks', label: 'Webhooks' }]
      : []),
  ];
  return (
    <Page title={t('Beskeder', 'Notifications')}>
      <Tabs label={t('Beskeder', 'Notifications')} links={links} />
      {path === '/notifications/preferences' ? (
        <PreferencesForm />
      ) : path === '/notifications/calendar' ? (
        <CalendarPanel />
      ) : path === '/notifications/webhooks' ? (
        <WebhooksPanel />
      ) : (
        <Inbox />
      )}
    </Page>
  );
}
