import { Link } from '../router.js';

/** Nothing to show yet: says why, and where to go to change that. */
export function EmptyState({ text, href, link }: { text: string; href: string; link: string }) {
  return (
    <div className="panel empty-state">
      <p>{text}</p>
      <p>
        <Link href={href}>{link}</Link>
      </p>
    </div>
  );
}
