import { Link, usePath } from '../router.js';

/** A page's local navigation: its sub-pages as tabs, the current one marked for screen readers too. */
export function Tabs({ label, links }: { label: string; links: readonly { href: string; label: string }[] }) {
  const path = usePath();
  return (
    <nav aria-label={label} className="tabs">
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
  );
}
