import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Link, usePath } from '../router.js';

export interface Crumb {
  readonly label: string;
  readonly href: string;
}

/**
 * One page: sets the document title and moves focus to the heading when the page changes, so
 * screen reader and keyboard users learn that a new page has loaded.
 */
// The first page of a visit leaves focus where the browser puts it, so that the skip link is the
// first stop for keyboard users; later pages move focus to their heading.
let firstPage = true;

export function Page({
  title,
  crumbs = [],
  children,
}: {
  title: string;
  crumbs?: Crumb[];
  children: ReactNode;
}) {
  const i18n = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const path = usePath();
  useEffect(() => {
    document.title = `${title} · Samvirke`;
  }, [title]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, [path]);
  return (
    <>
      {crumbs.length > 0 && (
        <nav aria-label={i18n.t('Brødkrummer', 'Breadcrumbs')} className="crumbs">
          <ol>
            {crumbs.map((crumb) => (
              <li key={crumb.href}>
                <Link href={crumb.href}>{crumb.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
