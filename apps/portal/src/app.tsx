import { useMemo, useState } from 'react';
import type { ApiClient } from './api/client.js';
import { MUNICIPAL_IDP, type Session } from './auth/session.js';
import { SiteHeader } from './components/site-header.js';
import {
  createI18n,
  I18nProvider,
  storedLanguage,
  storeLanguage,
  type I18n,
  type Language,
} from './i18n/i18n.js';
import { Routes } from './routes.js';
import { LandingPage } from './pages/landing-page.js';
import { PortalProvider } from './portal-context.js';

/** The language the reader chose (kept in local storage), and the texts in it. */
function useLanguage(): I18n {
  const [language, setLanguageState] = useState<Language>(storedLanguage());
  return useMemo(
    () =>
      createI18n(language, (next) => {
        storeLanguage(next);
        setLanguageState(next);
      }),
    [language],
  );
}

export function App({ session, api }: { session: Session; api: ApiClient }) {
  const i18n = useLanguage();
  const { t } = i18n;
  const principal = session.principal;
  return (
    <I18nProvider value={i18n}>
      <a className="skip-link" href="#main">
        {t('Spring til indhold', 'Skip to content')}
      </a>
      <SiteHeader session={session} api={api} />
      <main id="main" tabIndex={-1}>
        {principal ? (
          <PortalProvider value={{ api, principal, session }}>
            <Routes />
          </PortalProvider>
        ) : (
          <LandingPage
            onLogin={() => void session.login(i18n.language)}
            onMunicipalLogin={() => void session.login(i18n.language, MUNICIPAL_IDP)}
          />
        )}
      </main>
      <footer className="site-footer">
        <p>
          {t(
            'Samvirke – fælles indsatser mellem fonde, kommuner og partnere.',
            'Samvirke – collective impact between foundations, municipalities and partners.',
          )}
        </p>
      </footer>
    </I18nProvider>
  );
}
