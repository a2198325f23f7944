import { useEffect, useState } from 'react';

const PREFIX = 'samvirke.draft.';

/** A draft kept in the browser under `key`, or undefined when there is none (or it is unreadable). */
export function readDraft<T>(storage: Pick<Storage, 'getItem'>, key: string): T | undefined {
  try {
    const text = storage.getItem(PREFIX + key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(storage: Pick<Storage, 'setItem'>, key: string, value: unknown): void {
  try {
    storage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // A full or blocked storage loses the draft, not the form.
  }
}

/**
 * A long form's draft, kept in localStorage as the user types, so that a reload or a lost session
 * does not lose the work; `discard` forgets it once the form is sent or the user starts over.
 */
export function useStoredDraft<T extends object>(key: string, initial: () => T) {
  const stored = readDraft<T>(localStorage, key);
  const [value, setValue] = useState<T>(() => ({ ...initial(), ...stored }));
  const [restored, setRestored] = useState(stored !== undefined);
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (dirty) writeDraft(localStorage, key, value);
  }, [key, value, dirty]);
  return {
    value,
    restored,
    change: (patch: Partial<T>): void => {
      setDirty(true);
      setValue((current) => ({ ...current, ...patch }));
    },
    discard: (): void => {
      localStorage.removeItem(PREFIX + key);
      setDirty(false);
      setRestored(false);
      setValue(initial());
    },
  };
}
