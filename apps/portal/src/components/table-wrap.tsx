import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen. The wrapper is a named region that takes focus,
 * so a keyboard user can scroll to the columns out of view even when no cell holds a link or button.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
