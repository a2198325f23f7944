import { useEffect, useState } from 'react';

const PREFIX = 'samvirke.draft.';

function stored<T>(key: string, initial: T): T {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text ? { ...initial, ...(JSON.parse(text) as Partial<T>) } : initial;
  } catch {
    return initial;
  }
}

/**
 * A long form's draft, kept in this browser's localStorage under `key` as the user types, so a
 * reload or a lost session does not lose it; `discard` forgets it once it is saved to the service.
 */
export function useLocalDraft<T extends object>(key: string, initial: T) {
  const [draft, setDraft] = useState<T>(() => stored(key, initial));
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (dirty) localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  }, [key, draft, dirty]);
  return {
    draft,
    change: (patch: Partial<T>): void => {
      setDirty(true);
      setDraft((current) => ({ ...current, ...patch }));
    },
    discard: (next: T = initial): void => {
      localStorage.removeItem(PREFIX + key);
      setDirty(false);
      setDraft(next);
    },
  };
}
