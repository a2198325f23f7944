/**
 * A demo user's (or an anonymous) call through the gateway, for the end-to-end suites that start
 * their own stack: the status, content type, text and — for JSON — the parsed body.
 */
import { DEMO_USERS, userToken } from '@samvirke/testing';

export type Caller = keyof typeof DEMO_USERS | null;

export interface GatewayAnswer<T> {
  readonly status: number;
  readonly type: string;
  readonly text: string;
  readonly body: T;
}

export function gatewayCaller(gatewayUrl: () => string) {
  async function call<T = { status: number; errors?: { pointer: string }[] }>(
    caller: Caller,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<GatewayAnswer<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller) headers['authorization'] = `Bearer ${await userToken(DEMO_USERS[caller].username)}`;
    const response = await fetch(`${gatewayUrl()}/api${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const parsed: unknown = type.includes('json') && text ? JSON.parse(text) : text;
    return { status: response.status, type, text, body: parsed as T };
  }

  /** The body of an answer with this status; any other throws with what came instead. */
  async function ok<T>(status: number, answer: Promise<GatewayAnswer<unknown>>): Promise<T> {
    const response = await answer;
    if (response.status !== status)
      throw new Error(`expected ${status}, got ${response.status}: ${response.text}`);
    return response.body as T;
  }

  return { call, ok };
}
