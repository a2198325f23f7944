import { request as httpRequest } from 'node:http';
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
 * POSTs one signed message (Standard Webhooks headers) with a timeout, resolving the host through
 * the SSRF guard at connection time. Only 2xx counts as delivered.
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
  const timestamp = Math.floor(Date.now() / 1000);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<WebhookResult>((resolve) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        timeout: timeoutMs,
        lookup: guardedLookup(policy, host),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Samvirke-Webhooks/1',
          'webhook-id': message.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signatureHeader(message.secrets, message.id, timestamp, message.body),
          'content-length': Buffer.byteLength(message.body),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            statusCode: status,
            error: status >= 200 && status < 300 ? null : `HTTP ${status}`,
          });
        });
        response.on('error', (error) => resolve({ ok: false, statusCode: null, error: error.message }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', (error) => resolve({ ok: false, statusCode: null, error: error.message }));
    outgoing.end(message.body);
  });
}
