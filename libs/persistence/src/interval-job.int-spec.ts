import { databaseConfigFromEnv } from './database-config.js';
import { createDataSource } from './data-source.factory.js';
import { IntervalJob } from './interval-job.js';
import { uniqueSuiteId } from '@samvirke/testing';

describe('IntervalJob', () => {
  const replica = () =>
    createDataSource({ config: databaseConfigFromEnv('samvirke_measurement'), entities: [], migrations: [] });
  const one = replica();
  const two = replica();

  beforeAll(async () => {
    await Promise.all([one.initialize(), two.initialize()]);
  });
  afterAll(async () => {
    await Promise.all([one.destroy(), two.destroy()]);
  });

  it('lets one replica run a round while the same job elsewhere skips it', async () => {
    const name = uniqueSuiteId('job');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered: () => void = () => undefined;
    const inRound = new Promise<void>((resolve) => (entered = resolve));
    const leader = new IntervalJob(one, {
      name,
      everyMs: 60_000,
      round: async () => (entered(), await held, 'led'),
    });
    const other = new IntervalJob(two, { name, everyMs: 60_000, round: () => Promise.resolve('also') });

    const first = leader.runOnce();
    await inRound;
    await expect(other.runOnce()).resolves.toEqual({ ran: false });
    release();
    await expect(first).resolves.toEqual({ ran: true, result: 'led' });
    await expect(other.runOnce()).resolves.toEqual({ ran: true, result: 'also' });
  });

  it('does not block a job of another name', async () => {
    const a = new IntervalJob(one, {
      name: uniqueSuiteId('a'),
      everyMs: 60_000,
      round: () => Promise.resolve(1),
    });
    const b = new IntervalJob(two, {
      name: uniqueSuiteId('b'),
      everyMs: 60_000,
      round: () => Promise.resolve(2),
    });
    const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect([ra, rb]).toEqual([
      { ran: true, result: 1 },
      { ran: true, result: 2 },
    ]);
  });

  it('rolls back the round when it fails and runs the next one on schedule', async () => {
    let rounds = 0;
    const job = new IntervalJob(one, {
      name: uniqueSuiteId('failing'),
      everyMs: 20,
      runAtStart: true,
      round: () => {
        rounds += 1;
        return rounds === 1 ? Promise.reject(new Error('first round fails')) : Promise.resolve(rounds);
      },
    });
    job.start();
    const deadline = Date.now() + 10_000;
    while (rounds < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    await job.stop();
    expect(rounds).toBeGreaterThanOrEqual(3);
  });

  it('waits for the round in flight when stopped, and runs no more rounds', async () => {
    let finished = false;
    let rounds = 0;
    let entered: () => void = () => undefined;
    const inRound = new Promise<void>((resolve) => (entered = resolve));
    const job = new IntervalJob(one, {
      name: uniqueSuiteId('stopping'),
      everyMs: 5,
      runAtStart: true,
      round: async () => {
        rounds += 1;
        entered();
        await new Promise((resolve) => setTimeout(resolve, 200));
        finished = true;
      },
    });
    job.start();
    await inRound;
    await job.stop();
    expect(finished).toBe(true);
    const after = rounds;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rounds).toBe(after);
  });
});
