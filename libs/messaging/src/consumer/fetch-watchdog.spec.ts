import { FetchWatchdog } from './fetch-watchdog.js';

describe('the watchdog of a consumer that may stop fetching', () => {
  it('calls for a new consumer after the stall time without a fetch or a batch, once per stall', () => {
    const stalls: number[] = [];
    const watchdog = new FetchWatchdog(60_000, () => stalls.push(1));
    watchdog.fetching(1_000);
    expect(watchdog.check(60_000)).toBe(false);
    expect(watchdog.check(61_001)).toBe(true);
    expect(watchdog.check(62_000)).toBe(false);
    expect(stalls).toHaveLength(1);
  });

  it('leaves a consumer alone while it fetches or handles a long batch', () => {
    const watchdog = new FetchWatchdog(60_000, () => undefined);
    watchdog.fetching(0);
    watchdog.fetching(50_000);
    expect(watchdog.check(100_000)).toBe(false);
    watchdog.batchStarted(100_000);
    expect(watchdog.check(500_000)).toBe(false);
    watchdog.batchEnded(500_000);
    expect(watchdog.check(559_000)).toBe(false);
    expect(watchdog.check(561_000)).toBe(true);
  });
});
