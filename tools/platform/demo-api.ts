/**
 * The demo loader's way into the platform: the public API through the gateway, as a demo user with
 * a real Keycloak token (password grant; KEYCLOAK_URL says where Keycloak is).
 */
import { DEMO_USERS, requestAs, userToken, waitFor } from '@samvirke/testing';

export type DemoUser = keyof typeof DEMO_USERS;

export interface ApiAnswer<T> {
  readonly status: number;
  readonly body: T;
}

export class DemoApi {
  readonly gateway: string;

  constructor(gateway: string) {
    this.gateway = gateway.replace(/\/$/, '');
  }

  /** Any answer; `path` starts at the service, e.g. /partners/programmes. */
  async call<T>(user: DemoUser, method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const response = await fetch(`${this.gateway}/api${path}`, await requestAs(user, method, body));
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed as T };
  }

  /** The body of an answer with one of `accepted` statuses (2xx by default); anything else throws. */
  async must<T>(
    user: DemoUser,
    method: string,
    path: string,
    body?: unknown,
    accepted: readonly number[] = [200, 201, 204],
  ): Promise<T> {
    const answer = await this.call<T>(user, method, path, body);
    if (!accepted.includes(answer.status))
      throw new Error(
        `${method} ${path} as ${user} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    return answer.body;
  }

  /** Sends a file's raw bytes with its name in the File-Name header (report attachments); 2xx or throws. */
  async upload<T>(user: DemoUser, path: string, bytes: Uint8Array, fileName: string): Promise<T> {
    const response = await fetch(`${this.gateway}/api${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
        'content-type': 'application/octet-stream',
        'file-name': encodeURIComponent(fileName),
      },
      body: bytes,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} as ${user} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }

  get<T>(user: DemoUser, path: string): Promise<T> {
    return this.must<T>(user, 'GET', path);
  }

  /** Retries `path` until it answers 2xx: a service learns programmes and members from events. */
  async eventually<T>(
    what: string,
    user: DemoUser,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    return waitFor(
      what,
      async () => {
        const answer = await this.call<T>(user, method, path, body);
        return answer.status < 300 ? answer.body : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 300 },
    );
  }
}

/** Runs `work` on every item, `size` at a time (independent requests, e.g. registering organisations). */
export async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size)
    await Promise.all(items.slice(start, start + size).map(work));
}
