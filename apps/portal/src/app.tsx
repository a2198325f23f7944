import { useMemo, useState } from 'react';
import type { ApiClient } from './api/client.js';
import type { Session } from './auth/session.js';
import { createI18n, I18nProvider, storedLanguage, storeLanguage, type Language } from './i18n/i18n.js';
import { roleName } from './i18n/terms.js';
import { Routes } from './routes.js';
import { UnreadCount } from './components/unread-count.js';
import { LandingPage } from './pages/landing-page.js';
import { PortalProvider } from './portal-context.js';
import { Link } from './router.js';

export function App({ session, api }: { session: Session; api: ApiClient }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage());
  const i18n = useMemo(
    () =>
      createI18n(language, (next) => {
        storeLanguage(next);
        setLanguageState(next);
      }),
    [language],
  );
  const principal = session.principal;
  const { t } = i18n;
  const other: Language = language === 'da' ? 'en' : 'da';
  return (
    <I18nProvider value={i18n}>
      <a className="skip-link" href="#main">
        {t('Spring til indhold', 'Skip to content')}
      </a>
      <header className="site-header">
        <div className="bar">
          <Link href="/" className="brand">
            Samvirke
          </Link>
          {principal && (
            <nav aria-label={t('Hovedmenu', 'Main menu')} className="main-nav">
              <ul>
                <li>
                  <Link href="/">{t('Programmer', 'Programmes')}</Link>
                </li>
                <li>
                  <Link href="/grants">{t('Tilskud', 'Grants')}</Link>
                </li>
                <li>
                  <Link href="/notifications">
                    {t('Beskeder', 'Notifications')} <UnreadCount api={api} />
                  </Link>
                </li>
              </ul>
            </nav>
          )}
          <div className="tools">
            <button
              type="button"
              className="link-button"
              lang={other}
              onClick={() => i18n.setLanguage(other)}
            >
              {other === 'en' ? 'English' : 'Dansk'}
            </button>
            {principal && (
              <>
                <span className="who">
                  {principal.name}
                  <span className="muted">
                    {' '}
                    · {principal.roles.map((role) => roleName(i18n, role)).join(', ')}
                  </span>
                </span>
                <button type="button" className="link-button" onClick={() => void session.logout()}>
                  {t('Log ud', 'Log out')}
                </button>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {principal ? (
          <PortalProvider value={{ api, principal, session }}>
            <Routes />
          </PortalProvider>
        ) : (
          <LandingPage onLogin={() => void session.login(language)} />
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
