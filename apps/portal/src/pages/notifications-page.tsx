import { Page } from '../components/page.js';
import { useI18n } from '../i18n/i18n.js';
import { Inbox } from '../notifications/inbox.js';
import { PreferencesForm } from '../notifications/preferences-form.js';
import { WebhooksPanel } from '../notifications/webhooks-panel.js';
import { usePortal } from '../portal-context.js';
import { Link, usePath } from '../router.js';

export function NotificationsPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const path = usePath();
  const links = [
    { href: '/notifications', label: t('Indbakke', 'Inbox') },
    { href: '/notifications/preferences', label: t('Indstillinger', 'Preferences') },
    ...(principal.roles.includes('platform-admin')
      ? [{ href: '/notifications/webhooks', label: 'Webhooks' }]
      : []),
  ];
  return (
    <Page title={t('Beskeder', 'Notifications')}>
      <nav aria-label={t('Beskeder', 'Notifications')} className="tabs">
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} aria-current={path === link.href ? 'page' : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {path === '/notifications/preferences' ? (
        <PreferencesForm />
      ) : path === '/notifications/webhooks' ? (
        <WebhooksPanel />
      ) : (
        <Inbox />
      )}
    </Page>
  );
}
