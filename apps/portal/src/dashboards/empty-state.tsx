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

/** A table's header row of column names. */
export function ColumnHeads({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
