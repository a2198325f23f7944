import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { promises as dns } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Where webhooks may never go unless allow-listed: loopback, private, link-local, CGNAT, multicast... */
const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');
}

export interface UrlPolicy {
  readonly requireHttps: boolean;
  /** Hosts, IP addresses or CIDR ranges (10.0.0.0/8) allowed although private or loopback. */
  readonly allowed: readonly string[];
}

export function parseAllowList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

function allowedAddress(address: string, policy: UrlPolicy): boolean {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  return policy.allowed.some((entry) => {
    const [network, prefix] = entry.split('/');
    if (!network || isIP(network) === 0) return false;
    if (prefix === undefined) return network === address.toLowerCase();
    const list = new BlockList();
    list.addSubnet(network, Number(prefix), isIP(network) === 6 ? 'ipv6' : 'ipv4');
    return list.check(address, family);
  });
}

/** Whether an address may be called: public, or explicitly allowed. IPv4-mapped IPv6 is checked as IPv4. */
export function addressAllowed(address: string, policy: UrlPolicy): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const plain = mapped ?? address;
  const family = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
  if (!FORBIDDEN.check(plain, family)) return true;
  return allowedAddress(plain, policy);
}

/** Problems with a webhook URL (empty when it may be used): scheme, host, credentials, addresses. */
export async function urlProblems(raw: string, policy: UrlPolicy): Promise<string[]> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return ['not a valid absolute URL'];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return ['only http and https URLs can receive webhooks'];
  if (policy.requireHttps && url.protocol !== 'https:')
    return ['https is required for webhooks in production mode'];
  if (url.username || url.password)
    return ['credentials in the URL are not allowed; the signature authenticates us'];
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (policy.allowed.includes(host)) return [];
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch {
      return [`the host ${host} does not resolve`];
    }
  }
  const refused = addresses.filter((address) => !addressAllowed(address, policy));
  return refused.length
    ? [
        `the host resolves to a private, loopback or reserved address (${refused.join(', ')}), which is refused`,
      ]
    : [];
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A dns.lookup for http.request that refuses forbidden addresses at connection time, so a host
 * that changed its DNS after the subscription was checked (rebinding) is still refused.
 */
export function guardedLookup(policy: UrlPolicy, hostname: string) {
  const hostAllowed = policy.allowed.includes(hostname.toLowerCase());
  return (host: string, options: object, callback: LookupCallback): void => {
    dnsLookup(host, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses;
      const bad = list.find((entry) => !hostAllowed && !addressAllowed(entry.address, policy));
      if (bad) {
        const refusal: NodeJS.ErrnoException = new Error(
          `refused to connect to ${host} (${bad.address}): private or loopback address`,
        );
        refusal.code = 'EADDRNOTALLOWED';
        return callback(refusal, '');
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`no address for ${host}`), '');
      return callback(null, first.address, first.family);
    });
  };
}
