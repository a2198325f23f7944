import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * IANA special-purpose ranges that ipaddr.js (2.5) files under 'unicast': the dummy IPv6 prefix
 * (RFC 9780) and the deprecated IPv4-compatible form ::a.b.c.d (RFC 4291 §2.5.5.1), which some
 * stacks still route to the IPv4 address.
 */
const EXTRA_FORBIDDEN: readonly [ipaddr.IPv6, number][] = [
  [ipaddr.IPv6.parse('100:0:0:1::'), 64],
  [ipaddr.IPv6.parse('::'), 96],
];

/**
 * Transition forms whose last 32 bits are an IPv4 address the packet really goes to: a NAT64
 * well-known prefix address (RFC 6052, 64:ff9b::/96) or IPv4-mapped address is public exactly when
 * its IPv4 address is; 6to4 (2002:AABB:CCDD::/48) is judged by the relay's IPv4 in bits 16–47.
 */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const parts = address.parts;
  const word = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  if (address.range() === 'ipv4Mapped') return address.toIPv4Address();
  if (address.match(ipaddr.IPv6.parse('64:ff9b::'), 96)) return word(parts[6] ?? 0, parts[7] ?? 0);
  if (address.range() === '6to4') return word(parts[1] ?? 0, parts[2] ?? 0);
  return undefined;
}

/**
 * Whether an address is globally reachable unicast: ipaddr.js's 'unicast' is everything outside
 * the IANA IPv4 and IPv6 special-purpose registries (loopback, private, CGNAT, link-local,
 * documentation, benchmarking, Teredo, ORCHID, AS112, AMT, site-local, unique-local, discard,
 * multicast, reserved ...). Anycast ranges that IANA calls globally reachable (AS112, AMT) are
 * refused too: nobody runs a webhook receiver there.
 */
function globalUnicast(address: Address): boolean {
  if (address.kind() === 'ipv6') {
    const v6 = address as ipaddr.IPv6;
    const v4 = embeddedIpv4(v6);
    if (v4) return globalUnicast(v4);
    if (EXTRA_FORBIDDEN.some(([network, prefix]) => v6.match(network, prefix))) return false;
  }
  return address.range() === 'unicast';
}

/**
 * ipaddr.js reads any IPv6 text with a dotted quad as IPv4-mapped ('::127.0.0.1' becomes
 * ::ffff:127.0.0.1), which would turn a deprecated IPv4-compatible address into a mapped one:
 * the dotted quad is rewritten as two hex groups first, so the form is judged as written.
 */
function parseAddress(value: string): Address | undefined {
  const bare = value.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const quad = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(bare);
  const text = quad
    ? `${quad[1]}${((Number(quad[2]) << 8) | Number(quad[3])).toString(16)}:${((Number(quad[4]) << 8) | Number(quad[5])).toString(16)}`
    : bare;
  if (quad && quad.slice(2).some((octet) => Number(octet) > 255)) return undefined;
  return ipaddr.isValid(text) ? ipaddr.parse(text) : undefined;
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

/** Allow-list entries compare in one family: an IPv4-mapped address is its IPv4 address. */
function normalised(address: Address): Address {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address;
}

function allowListed(address: Address, policy: UrlPolicy): boolean {
  const plain = normalised(address);
  return policy.allowed.some((entry) => {
    try {
      const [network, prefix] = entry.includes('/')
        ? ipaddr.parseCIDR(entry)
        : [ipaddr.parse(entry), plain.kind() === 'ipv4' ? 32 : 128];
      const base = normalised(network);
      return base.kind() === plain.kind() && plain.match(base, prefix);
    } catch {
      return false; // a host name, or not an address
    }
  });
}

/** Whether an address may be called: globally reachable unicast, or explicitly allowed. */
export function addressAllowed(address: string, policy: UrlPolicy): boolean {
  const parsed = parseAddress(address);
  if (!parsed) return false;
  return globalUnicast(parsed) || allowListed(parsed, policy);
}

/** Resolves a host name to every address (dns.lookup by default; tests pass their own). */
export type Resolve = (host: string) => Promise<string[]>;

const systemResolve: Resolve = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((entry) => entry.address)),
    ),
  );

/** Problems with a webhook URL (empty when it may be used): scheme, host, credentials, addresses. */
export async function urlProblems(
  raw: string,
  policy: UrlPolicy,
  resolveHost: Resolve = systemResolve,
): Promise<string[]> {
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
      addresses = await resolveHost(host);
    } catch {
      return [`the host ${host} does not resolve`];
    }
    if (addresses.length === 0) return [`the host ${host} does not resolve`];
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
type Lookup = (
  host: string,
  options: { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * A dns.lookup for http.request that refuses forbidden addresses at connection time, so a host
 * that changed its DNS after the subscription was checked (rebinding) is still refused.
 */
export function guardedLookup(policy: UrlPolicy, hostname: string, lookup: Lookup = dnsLookup) {
  const hostAllowed = policy.allowed.includes(hostname.toLowerCase());
  return (host: string, options: object, callback: LookupCallback): void => {
    lookup(host, { ...options, all: true }, (error, addresses) => {
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
