import { Page } from '../components/page.js';
import { useI18n } from '../i18n/i18n.js';

export function NotificationsPage() {
  const { t } = useI18n();
  return (
    <Page title={t('Beskeder', 'Notifications')}>
      <p>
        {t('Din indbakke og dine indstillinger kommer her.', 'Your inbox and preferences will appear here.')}
      </p>
    </Page>
  );
}
