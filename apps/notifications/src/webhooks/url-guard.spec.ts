import type { LookupAddress } from 'node:dns';
import { addressAllowed, guardedLookup, urlProblems, type UrlPolicy } from './url-guard.js';

const strict: UrlPolicy = { requireHttps: false, allowed: [] };

/**
 * Every entry of the IANA IPv4 and IPv6 Special-Purpose Address Registries (as of 2025), with the
 * first address, an address inside and the last address of each range. All are refused, also
 * those IANA marks globally reachable (anycast services nobody runs a webhook receiver on).
 */
const IPV4_SPECIAL: [string, string[]][] = [
  ['0.0.0.0/8 this network', ['0.0.0.0', '0.1.2.3', '0.255.255.255']],
  ['10.0.0.0/8 private', ['10.0.0.0', '10.2.3.4', '10.255.255.255']],
  ['100.64.0.0/10 shared (CGNAT)', ['100.64.0.0', '100.100.100.100', '100.127.255.255']],
  ['127.0.0.0/8 loopback', ['127.0.0.1', '127.1.2.3', '127.255.255.255']],
  ['169.254.0.0/16 link local', ['169.254.0.0', '169.254.169.254', '169.254.255.255']],
  ['172.16.0.0/12 private', ['172.16.0.0', '172.20.0.1', '172.31.255.255']],
  ['192.0.0.0/24 IETF protocol assignments', ['192.0.0.0', '192.0.0.9', '192.0.0.255']],
  ['192.0.0.0/29 IPv4 service continuity', ['192.0.0.1', '192.0.0.7']],
  ['192.0.0.8/32 IPv4 dummy', ['192.0.0.8']],
  ['192.0.0.170/32 NAT64/DNS64 discovery', ['192.0.0.170', '192.0.0.171']],
  ['192.0.2.0/24 TEST-NET-1', ['192.0.2.0', '192.0.2.10', '192.0.2.255']],
  ['192.31.196.0/24 AS112-v4', ['192.31.196.0', '192.31.196.255']],
  ['192.52.193.0/24 AMT', ['192.52.193.0', '192.52.193.255']],
  ['192.88.99.0/24 deprecated 6to4 relay anycast', ['192.88.99.0', '192.88.99.1', '192.88.99.255']],
  ['192.168.0.0/16 private', ['192.168.0.0', '192.168.1.1', '192.168.255.255']],
  ['192.175.48.0/24 direct delegation AS112', ['192.175.48.0', '192.175.48.255']],
  ['198.18.0.0/15 benchmarking', ['198.18.0.0', '198.19.255.255']],
  ['198.51.100.0/24 TEST-NET-2', ['198.51.100.0', '198.51.100.255']],
  ['203.0.113.0/24 TEST-NET-3', ['203.0.113.0', '203.0.113.255']],
  ['224.0.0.0/4 multicast', ['224.0.0.1', '239.255.255.255']],
  ['240.0.0.0/4 reserved', ['240.0.0.0', '250.1.2.3', '255.255.255.254']],
  ['255.255.255.255/32 limited broadcast', ['255.255.255.255']],
];

const IPV6_SPECIAL: [string, string[]][] = [
  ['::1/128 loopback', ['::1']],
  ['::/128 unspecified', ['::']],
  ['::ffff:0:0/96 IPv4-mapped (of private IPv4)', ['::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:7f00:1']],
  ['::/96 IPv4-compatible (deprecated)', ['::127.0.0.1', '::93.184.215.14', '::7f00:1', '::a00:1']],
  ['::ffff:0:0:0/96 IPv4-translated (RFC 6145)', ['::ffff:0:7f00:1', '::ffff:0:5db8:d70e']],
  ['64:ff9b::/96 NAT64 (of private IPv4)', ['64:ff9b::7f00:1', '64:ff9b::10.0.0.1', '64:ff9b::a9fe:a9fe']],
  ['64:ff9b:1::/48 local-use NAT64', ['64:ff9b:1::', '64:ff9b:1::5db8:d70e', '64:ff9b:1:ffff::1']],
  ['100::/64 discard-only', ['100::', '100::1', '100::ffff:ffff:ffff:ffff']],
  ['100:0:0:1::/64 dummy prefix', ['100:0:0:1::', '100:0:0:1::1']],
  ['2001::/23 IETF protocol assignments', ['2001:1::1', '2001:1::2', '2001:1::3', '2001:1ff::1']],
  ['2001::/32 Teredo', ['2001::', '2001:0:4136:e378:8000:63bf:3fff:fdd2']],
  ['2001:2::/48 benchmarking', ['2001:2::', '2001:2:0:ffff::1']],
  ['2001:3::/32 AMT', ['2001:3::', '2001:3:ffff::1']],
  ['2001:4:112::/48 AS112-v6', ['2001:4:112::', '2001:4:112:ffff::1']],
  ['2001:10::/28 deprecated ORCHID', ['2001:10::', '2001:1f::1']],
  ['2001:20::/28 ORCHIDv2', ['2001:20::', '2001:2f::1']],
  ['2001:30::/28 drone remote ID', ['2001:30::', '2001:3f::1']],
  ['2001:db8::/32 documentation', ['2001:db8::', '2001:db8:ffff::1']],
  ['2002::/16 6to4 (of private IPv4)', ['2002:7f00:1::', '2002:a00:1::1', '2002:c0a8:101::1']],
  ['2620:4f:8000::/48 direct delegation AS112', ['2620:4f:8000::', '2620:4f:8000:ffff::1']],
  ['3fff::/20 documentation', ['3fff::', '3fff:fff::1']],
  ['5f00::/16 segment routing (SRv6) SIDs', ['5f00::', '5f00:ffff::1']],
  ['fc00::/7 unique local', ['fc00::', 'fd00::1', 'fdff:ffff::1']],
  ['fe80::/10 link-local unicast', ['fe80::', 'fe80::1%eth0', 'febf:ffff::1']],
  ['fec0::/10 deprecated site-local', ['fec0::1']],
  ['ff00::/8 multicast', ['ff02::1', 'ff0e::1']],
];

/** Globally reachable unicast, also written in the transition forms that carry a public IPv4. */
const PUBLIC = [
  '93.184.215.14',
  '8.8.8.8',
  '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
  '2a00:1450:400f:80d::200e',
  '::ffff:93.184.215.14',
  '64:ff9b::93.184.215.14',
  '64:ff9b::5db8:d70e',
  '2002:5db8:d70e::1',
];

describe('SSRF guard: every IANA special-purpose range', () => {
  it.each([...IPV4_SPECIAL, ...IPV6_SPECIAL])('refuses %s', (_range, addresses) => {
    for (const address of addresses) {
      expect({ address, allowed: addressAllowed(address, strict) }).toEqual({ address, allowed: false });
    }
  });

  it('allows globally reachable unicast, also via NAT64, 6to4 and IPv4-mapped forms of it', () => {
    for (const address of PUBLIC) {
      expect({ address, allowed: addressAllowed(address, strict) }).toEqual({ address, allowed: true });
    }
  });

  it('refuses what is not an address at all', () => {
    expect(addressAllowed('example.org', strict)).toBe(false);
    expect(addressAllowed('::ffff:999.1.1.1', strict)).toBe(false);
  });

  it('lets the allow list open a private address or range, in either notation', () => {
    const local: UrlPolicy = { requireHttps: false, allowed: ['127.0.0.1', '10.0.0.0/8', 'fd00::/8'] };
    expect(addressAllowed('127.0.0.1', local)).toBe(true);
    expect(addressAllowed('::ffff:127.0.0.1', local)).toBe(true);
    expect(addressAllowed('10.9.8.7', local)).toBe(true);
    expect(addressAllowed('fd12::1', local)).toBe(true);
    expect(addressAllowed('127.0.0.2', local)).toBe(false);
    expect(addressAllowed('64:ff9b::7f00:1', local)).toBe(false);
  });
});

describe('SSRF guard: DNS names', () => {
  const every = [...IPV4_SPECIAL, ...IPV6_SPECIAL].flatMap(([, addresses]) => addresses);
  /** A resolver that answers `<n>.test.invalid` with the n-th special address (and a public one). */
  const resolver = (host: string): Promise<string[]> => {
    const address = every[Number(host.split('.')[0])];
    return address === undefined
      ? Promise.reject(new Error(`ENOTFOUND ${host}`))
      : Promise.resolve(['93.184.215.14', address]);
  };

  it('refuses a name when any of its addresses is special-purpose', async () => {
    for (const [index, address] of every.entries()) {
      const problems = await urlProblems(`https://${index}.test.invalid/hook`, strict, resolver);
      expect({ address, problems }).toEqual({
        address,
        problems: [expect.stringMatching(/private, loopback or reserved address/)],
      });
    }
    expect(await urlProblems('https://public.test.invalid/', strict, () => Promise.resolve(PUBLIC))).toEqual(
      [],
    );
  });

  it('refuses localhost as the system resolver answers it', async () => {
    expect(await urlProblems('http://localhost:8080/hook', strict)).toEqual([
      expect.stringMatching(/private, loopback or reserved address/),
    ]);
  });

  it('refuses at connection time when the name now resolves to a special address (rebinding)', async () => {
    for (const address of ['10.0.0.1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::', '::127.0.0.1']) {
      const family = address.includes(':') ? 6 : 4;
      const lookup = guardedLookup(strict, 'hooks.example.org', (_host, _options, callback) =>
        callback(null, [{ address, family } satisfies LookupAddress]),
      );
      const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
        lookup('hooks.example.org', {}, (failure) => resolve(failure)),
      );
      expect({ address, code: error?.code }).toEqual({ address, code: 'EADDRNOTALLOWED' });
    }
  });
});
