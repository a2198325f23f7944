import { useEffect, useState } from 'react';

/** A saved draft as stored: the form's fields and when they were last changed. */
interface Stored<T> {
  readonly value: T;
  readonly savedAt: string;
}

function read<T>(key: string): Stored<T> | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as Stored<T>) : null;
  } catch {
    // A draft that cannot be read (another version of the form, storage off) is no draft.
    return null;
  }
}

/**
 * A long form's fields kept in this browser's localStorage as they are typed, so that a reload, a
 * lost connection or a trip to another page loses nothing; forgotten once the form is sent.
 */
export function useLocalDraft<T>(key: string, initial: () => T) {
  const [stored] = useState(() => read<T>(key));
  const [value, setValue] = useState<T>(() => stored?.value ?? initial());
  const [savedAt, setSavedAt] = useState<string | null>(stored?.savedAt ?? null);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) return;
    const at = new Date().toISOString();
    try {
      localStorage.setItem(key, JSON.stringify({ value, savedAt: at } satisfies Stored<T>));
      setSavedAt(at);
    } catch {
      // Storage full or off: the form still works, it is only not kept.
    }
  }, [key, value, touched]);
  return {
    value,
    /** When the draft was last kept in this browser (null when it never was). */
    savedAt,
    /** The draft was found in this browser when the form opened. */
    restored: stored !== null,
    change: (patch: Partial<T>): void => {
      setTouched(true);
      setValue((current) => ({ ...current, ...patch }));
    },
    /** Forgets the draft and starts again from the initial fields. */
    discard: (): void => {
      localStorage.removeItem(key);
      setTouched(false);
      setSavedAt(null);
      setValue(initial());
    },
  };
}

export type LocalDraft<T> = ReturnType<typeof useLocalDraft<T>>;
