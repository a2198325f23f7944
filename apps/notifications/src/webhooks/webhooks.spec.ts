import { Webhook } from 'standardwebhooks';
import { nextDelayMs } from '../deliveries/deliveries.rules.js';
import { newWebhookSecret, signatureHeader } from './signing.js';
import { addressAllowed, urlProblems } from './url-guard.js';

describe('Standard Webhooks signatures', () => {
  it('are accepted by the standardwebhooks package, with either secret during a rotation', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const body = JSON.stringify({ type: 'dk.samvirke.grants.tranche.eligible.v1', data: { amountOre: 1 } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatureHeader([current, previous], 'msg_1', timestamp, body),
    };
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+ v1,[A-Za-z0-9+/=]+$/);
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });
});

describe('retry schedule', () => {
  it('follows the schedule with jitter and ends when it is used up', () => {
    const schedule = [1_000, 10_000, 100_000];
    expect(nextDelayMs(schedule, 1, 0.2, () => 0)).toBe(800);
    expect(nextDelayMs(schedule, 2, 0.2, () => 1)).toBe(12_000);
    expect(nextDelayMs(schedule, 3, 0, () => 0.7)).toBe(100_000);
    expect(nextDelayMs(schedule, 4, 0.2)).toBeUndefined();
  });
});

describe('SSRF guard', () => {
  const strict = { requireHttps: true, allowed: [] };

  it('refuses loopback, private, link-local and mapped addresses unless allow-listed', () => {
    for (const address of [
      '127.0.0.1',
      '10.2.3.4',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '100.64.0.1',
    ]) {
      expect({ address, allowed: addressAllowed(address, strict) }).toEqual({ address, allowed: false });
    }
    expect(addressAllowed('93.184.215.14', strict)).toBe(true);
    expect(addressAllowed('127.0.0.1', { requireHttps: false, allowed: ['127.0.0.1'] })).toBe(true);
    expect(addressAllowed('10.9.8.7', { requireHttps: false, allowed: ['10.0.0.0/8'] })).toBe(true);
  });

  it('names what is wrong with a URL', async () => {
    expect(await urlProblems('http://93.184.215.14/hook', strict)).toEqual([
      'https is required for webhooks in production mode',
    ]);
    expect(await urlProblems('https://user:pw@93.184.215.14/', strict)).toHaveLength(1);
    expect(await urlProblems('https://127.0.0.1/', strict)).toEqual([
      expect.stringMatching(/private, loopback or reserved/),
    ]);
    expect(await urlProblems('https://93.184.215.14/hook', strict)).toEqual([]);
    expect(await urlProblems('::not a url', strict)).toEqual(['not a valid absolute URL']);
  });
});
