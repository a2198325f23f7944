import {
  PartitionProgress,
  PartitionProgressMonitor,
  readOffsets,
  type PartitionOffsets,
} from './partition-progress.js';

const at = (topic: string, partition: number, end: number, committed: number | null, start = 0) =>
  ({
    topic,
    partition,
    end: BigInt(end),
    committed: committed === null ? null : BigInt(committed),
    start: BigInt(start),
  }) satisfies PartitionOffsets;

describe('PartitionProgress', () => {
  it('reports an assigned partition that stays behind without its committed offset moving', () => {
    const progress = new PartitionProgress(60_000);
    progress.assigned({ t: [0, 1] });
    expect(progress.stuck([at('t', 0, 100, 40), at('t', 1, 50, 50)], 0)).toEqual([]);
    expect(progress.stuck([at('t', 0, 120, 40), at('t', 1, 60, 50)], 59_999)).toEqual([]);
    expect(progress.stuck([at('t', 0, 120, 40), at('t', 1, 60, 50)], 60_000)).toEqual(['t:0']);
    // t:1 has been behind only since 59,999.
    expect(progress.stuck([at('t', 0, 120, 40), at('t', 1, 60, 50)], 119_998)).toEqual(['t:0']);
    expect(progress.stuck([at('t', 0, 120, 40), at('t', 1, 60, 50)], 119_999)).toEqual(['t:0', 't:1']);
  });

  it('starts the clock again whenever the committed offset moves, and forgets a partition that caught up', () => {
    const progress = new PartitionProgress(60_000);
    progress.assigned({ t: [0] });
    progress.stuck([at('t', 0, 100, 10)], 0);
    expect(progress.stuck([at('t', 0, 200, 11)], 50_000)).toEqual([]);
    expect(progress.stuck([at('t', 0, 200, 11)], 100_000)).toEqual([]);
    expect(progress.stuck([at('t', 0, 200, 200)], 105_000)).toEqual([]);
    expect(progress.stuck([at('t', 0, 300, 200)], 130_000)).toEqual([]);
    expect(progress.stuck([at('t', 0, 300, 200)], 190_000)).toEqual(['t:0']);
  });

  it("ignores partitions other members hold, and starts from the partition's first offset without a commit", () => {
    const progress = new PartitionProgress(1_000);
    progress.assigned({ t: [1] });
    progress.stuck([at('t', 0, 100, 0), at('t', 1, 100, null, 100)], 0);
    expect(progress.stuck([at('t', 0, 100, 0), at('t', 1, 100, null, 100)], 5_000)).toEqual([]);
    progress.stuck([at('t', 1, 150, null, 100)], 6_000);
    expect(progress.stuck([at('t', 1, 150, null, 100)], 7_000)).toEqual(['t:1']);
    expect(progress.topics).toEqual(['t']);
  });
});

describe('readOffsets and the monitor', () => {
  const admin = (committed: string) => ({
    fetchTopicOffsets: () => Promise.resolve([{ partition: 0, offset: '90', high: '90', low: '5' }]),
    fetchOffsets: () =>
      Promise.resolve([{ topic: 'a.b', partitions: [{ partition: 0, offset: committed, metadata: null }] }]),
  });

  it('reads the end, first and committed offsets (none committed: -1)', async () => {
    expect(await readOffsets(admin('-1'), 'g', ['a.b'])).toEqual([at('a.b', 0, 90, null, 5)]);
    expect(await readOffsets(admin('42'), 'g', ['a.b'])).toEqual([at('a.b', 0, 90, 42, 5)]);
  });

  it('calls back once for a stuck partition, and not while Kafka cannot answer', async () => {
    const calls: string[][] = [];
    const monitor = new PartitionProgressMonitor(admin('42'), 'g', 1_000, (stuck) => calls.push(stuck));
    monitor.assigned({ 'a.b': [0] });
    await monitor.check(0);
    await monitor.check(1_000);
    await monitor.check(2_000);
    expect(calls).toEqual([['a.b:0']]);
    const down = new PartitionProgressMonitor(
      {
        fetchTopicOffsets: () => Promise.reject(new Error('down')),
        fetchOffsets: () => Promise.reject(new Error('down')),
      },
      'g',
      1_000,
      (stuck) => calls.push(stuck),
    );
    down.assigned({ 'a.b': [0] });
    await down.check(0);
    await down.check(5_000);
    expect(calls).toHaveLength(1);
  });
});
