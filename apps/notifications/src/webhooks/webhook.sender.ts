import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { addressAllowed, guardedLookup, type UrlPolicy } from './url-guard.js';
import { signatureHeader } from './signing.js';

export interface WebhookMessage {
  readonly id: string;
  readonly url: string;
  readonly body: string;
  readonly secrets: readonly string[];
}

export interface WebhookResult {
  readonly ok: boolean;
  readonly statusCode: number | null;
  readonly error: string | null;
}

/**
 * POSTs one signed message (Standard Webhooks headers), resolving the host through the SSRF guard
 * at connection time. Only 2xx counts as delivered. `timeoutMs` bounds the whole exchange —
 * connecting, sending, the answer's headers and its body — not the time between two bytes, so a
 * receiver that trickles a byte at a time cannot hold a worker.
 */
export async function sendWebhook(
  message: WebhookMessage,
  policy: UrlPolicy,
  timeoutMs: number,
): Promise<WebhookResult> {
  const url = new URL(message.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !addressAllowed(host, policy) && !policy.allowed.includes(host.toLowerCase())) {
    return { ok: false, statusCode: null, error: `refused: ${host} is a private or loopback address` };
  }
  if (policy.requireHttps && url.protocol !== 'https:') {
    return { ok: false, statusCode: null, error: 'refused: https is required in production mode' };
  }
  return post(url, host, message, policy, timeoutMs);
}

function post(
  url: URL,
  host: string,
  message: WebhookMessage,
  policy: UrlPolicy,
  timeoutMs: number,
): Promise<WebhookResult> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<WebhookResult>((resolve) => {
    let settled = false;
    const finish = (result: WebhookResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(result);
    };
    const deadline = setTimeout(() => {
      const error = `no answer within ${timeoutMs} ms in total`;
      outgoing.destroy(new Error(error));
      finish({ ok: false, statusCode: null, error });
    }, timeoutMs);
    const outgoing = request(
      url,
      { method: 'POST', lookup: guardedLookup(policy, host), headers: signedHeaders(message) },
      (response) => readAnswer(response, finish),
    );
    outgoing.on('error', (error) => finish({ ok: false, statusCode: null, error: error.message }));
    outgoing.end(message.body);
  });
}

function signedHeaders(message: WebhookMessage): OutgoingHttpHeaders {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': 'Samvirke-Webhooks/1',
    'webhook-id': message.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatureHeader(message.secrets, message.id, timestamp, message.body),
    'content-length': Buffer.byteLength(message.body),
  };
}

/** Reads the answer to its end (so the exchange is over) and judges it by its status. */
function readAnswer(response: IncomingMessage, finish: (result: WebhookResult) => void): void {
  response.resume();
  response.on('end', () => {
    const status = response.statusCode ?? 0;
    const ok = status >= 200 && status < 300;
    finish({ ok, statusCode: status, error: ok ? null : `HTTP ${status}` });
  });
  response.on('error', (error) => finish({ ok: false, statusCode: null, error: error.message }));
}
