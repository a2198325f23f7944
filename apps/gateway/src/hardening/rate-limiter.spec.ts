import { TokenBuckets } from './rate-limiter.js';

describe('TokenBuckets', () => {
  let now = 0;
  const buckets = (): TokenBuckets => new TokenBuckets(3, 60_000, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('lets a client burst up to its limit, then refuses it with the seconds until its next request', () => {
    const limiter = buckets();
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('a');
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 20 });
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('refills at the window pace', () => {
    const limiter = buckets();
    for (let i = 0; i < 3; i += 1) limiter.take('a');
    now += 19_000;
    expect(limiter.take('a').allowed).toBe(false);
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('forgets clients whose buckets have refilled', () => {
    const limiter = buckets();
    limiter.take('a');
    limiter.take('b');
    now += 10_000;
    limiter.take('b');
    limiter.take('b');
    now += 10_000;
    limiter.sweep();
    expect(limiter.size).toBe(1);
  });
});
