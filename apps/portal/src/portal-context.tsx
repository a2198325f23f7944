import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ApiClient } from './api/client.js';
import type { Principal, Session } from './auth/session.js';

export interface Portal {
  readonly api: ApiClient;
  readonly principal: Principal;
  readonly session: Session;
}

const PortalContext = createContext<Portal | null>(null);

export function PortalProvider({ value, children }: { value: Portal; children: ReactNode }) {
  return <PortalContext.Provider value={value}>{children}</PortalContext.Provider>;
}

export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal outside PortalProvider');
  return portal;
}

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; data: T; reload: () => void };

/** Loads data for a page and reloads it on demand or when its key changes. */
export function useLoad<T>(load: (api: ApiClient) => Promise<T>, key: string): Loaded<T> {
  const { api } = usePortal();
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => {
    let current = true;
    load(api).then(
      (data) => current && setLoaded({ state: 'ready', data, reload }),
      (error: unknown) => current && setLoaded({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [api, key, generation, reload]);
  return loaded;
}
