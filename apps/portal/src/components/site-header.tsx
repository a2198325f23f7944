import type { ApiClient } from '../api/client.js';
import type { Principal, Session } from '../auth/session.js';
import { useI18n, type Language } from '../i18n/i18n.js';
import { roleName } from '../i18n/terms.js';
import { Link } from '../router.js';
import { UnreadCount } from './unread-count.js';

/** The bar on every page: the brand, the main menu once logged in, the language switch and the user. */
export function SiteHeader({ session, api }: { session: Session; api: ApiClient }) {
  const principal = session.principal;
  return (
    <header className="site-header">
      <div className="bar">
        <Link href="/" className="brand">
          Samvirke
        </Link>
        {principal && <MainNav api={api} />}
        <div className="tools">
          <LanguageSwitch />
          {principal && <SignedIn principal={principal} session={session} />}
        </div>
      </div>
    </header>
  );
}

function MainNav({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  return (
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
  );
}

/** Offers the other language, written in that language. */
function LanguageSwitch() {
  const i18n = useI18n();
  const other: Language = i18n.language === 'da' ? 'en' : 'da';
  return (
    <button type="button" className="link-button" lang={other} onClick={() => i18n.setLanguage(other)}>
      {other === 'en' ? 'English' : 'Dansk'}
    </button>
  );
}

function SignedIn({ principal, session }: { principal: Principal; session: Session }) {
  const i18n = useI18n();
  return (
    <>
      <span className="who">
        {principal.name}
        <span className="muted"> · {principal.roles.map((role) => roleName(i18n, role)).join(', ')}</span>
      </span>
      <button type="button" className="link-button" onClick={() => void session.logout()}>
        {i18n.t('Log ud', 'Log out')}
      </button>
    </>
  );
}
