import { Page } from '../components/page.js';
import { useI18n } from '../i18n/i18n.js';

export function GrantsPage() {
  const { t } = useI18n();
  return (
    <Page title={t('Tilskud', 'Grants')}>
      <p>{t('Ansøgningsrunder og bevillinger kommer her.', 'Calls and awards will appear here.')}</p>
    </Page>
  );
}
