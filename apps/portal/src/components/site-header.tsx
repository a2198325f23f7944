import { useEffect, useState, type KeyboardEvent } from 'react';
import { isAdmin } from '../admin/access.js';
import type { ApiClient } from '../api/client.js';
import type { Principal, Session } from '../auth/session.js';
import { useI18n, type Language } from '../i18n/i18n.js';
import { roleName } from '../i18n/terms.js';
import { Link, usePath } from '../router.js';
import { UnreadCount } from './unread-count.js';

/**
 * The bar on every page: the brand, the main menu once logged in, the language switch and the user.
 * On a narrow screen the menu and the tools fold behind a menu button, so the bar stays one row.
 */
export function SiteHeader({ session, api }: { session: Session; api: ApiClient }) {
  const principal = session.principal;
  const menu = useFoldingMenu();
  return (
    <header className="site-header">
      <div className="bar">
        <Link href="/" className="brand">
          Samvirke
        </Link>
        {principal && <MenuToggle open={menu.open} onToggle={menu.toggle} />}
        <div
          id="site-menu"
          className={`site-menu${principal ? ' foldable' : ''}${menu.open ? ' open' : ''}`}
          onKeyDown={menu.onKeyDown}
        >
          {principal && <MainNav api={api} principal={principal} />}
          <div className="tools">
            <LanguageSwitch />
            {principal && <SignedIn principal={principal} session={session} />}
          </div>
        </div>
      </div>
    </header>
  );
}

/** Whether the folded menu is open; a page chosen closes it, and Escape closes it back to its button. */
function useFoldingMenu() {
  const [open, setOpen] = useState(false);
  const path = usePath();
  useEffect(() => setOpen(false), [path]);
  return {
    open,
    toggle: () => setOpen((value) => !value),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return;
      setOpen(false);
      document.querySelector<HTMLButtonElement>('.menu-toggle')?.focus();
    },
  };
}

function MenuToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="menu-toggle"
      aria-expanded={open}
      aria-controls="site-menu"
      onClick={onToggle}
    >
      <span aria-hidden="true" className="menu-icon" />
      {t('Menu', 'Menu')}
    </button>
  );
}

function MainNav({ api, principal }: { api: ApiClient; principal: Principal }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('Hovedmenu', 'Main menu')} className="main-nav">
      <ul>
        <li>
          <Link href="/">{t('Programmer', 'Programmes')}</Link>
        </li>
        {principal.roles.some((role) => role === 'foundation-officer' || role === 'platform-admin') && (
          <li>
            <Link href="/portfolio">{t('Portefølje', 'Portfolio')}</Link>
          </li>
        )}
        {principal.roles.some((role) => role === 'foundation-officer' || role === 'platform-admin') && (
          <li>
            <Link href="/comparisons">{t('Sammenlign', 'Compare')}</Link>
          </li>
        )}
        <li>
          <Link href="/grants">{t('Tilskud', 'Grants')}</Link>
        </li>
        <li>
          <Link href="/notifications">
            {t('Beskeder', 'Notifications')} <UnreadCount api={api} />
          </Link>
        </li>
        {isAdmin(principal) && <AdminLinks />}
      </ul>
    </nav>
  );
}

/** A platform admin's pages: organisations, the audit trail, data subject requests. */
function AdminLinks() {
  const { t } = useI18n();
  return (
    <>
      <li>
        <Link href="/organisations">{t('Organisationer', 'Organisations')}</Link>
      </li>
      <li>
        <Link href="/audit">{t('Revisionsspor', 'Audit trail')}</Link>
      </li>
      <li>
        <Link href="/data-subject-requests">{t('Indsigt og sletning', 'Access and erasure')}</Link>
      </li>
    </>
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
