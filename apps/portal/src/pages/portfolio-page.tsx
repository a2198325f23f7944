import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { loadPortfolio } from '../dashboards/dashboard-load.js';
import { PortfolioView } from '../dashboards/portfolio-view.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';

/** A foundation's programmes side by side: money, reporting and indicators off track. */
export function PortfolioPage() {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadPortfolio(api), 'portfolio');
  return (
    <Page title={t('Portefølje', 'Portfolio')}>
      <Await loaded={loaded}>{(programmes) => <PortfolioView programmes={programmes} />}</Await>
    </Page>
  );
}
