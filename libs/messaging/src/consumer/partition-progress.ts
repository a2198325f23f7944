import type { Admin } from 'kafkajs';

/** A topic's partition, as `topic:partition`. */
type PartitionKey = string;

/** Offsets of one partition: the broker's end (next offset to be written) and the group's committed one. */
export interface PartitionOffsets {
  readonly topic: string;
  readonly partition: number;
  /** The broker's high watermark. */
  readonly end: bigint;
  /** The group's committed offset; null when nothing is committed yet (the consumer reads from the start). */
  readonly committed: bigint | null;
  /** The partition's first offset, where a consumer without a committed offset starts. */
  readonly start: bigint;
}

/**
 * Notices a partition this consumer is assigned that stays behind the broker's end without its
 * committed offset moving. kafkajs 2.2 can go on fetching after a broker dies and still never
 * deliver some partitions again (the broker fault test: 9,770 of 10,001 events applied after
 * 240 s, fetches going on, no error), which the FetchWatchdog cannot see. Offsets come from the
 * broker (admin), not from the consumer, so the check holds whatever state kafkajs is in.
 */
export class PartitionProgress {
  private assignment = new Set<PartitionKey>();
  private readonly behind = new Map<PartitionKey, { committed: bigint; since: number }>();

  constructor(private readonly stallMs: number) {}

  /** The partitions this member holds after joining its group (kafkajs GROUP_JOIN's memberAssignment). */
  assigned(assignment: Readonly<Record<string, readonly number[]>>): void {
    this.assignment = new Set(
      Object.entries(assignment).flatMap(([topic, partitions]) => partitions.map((p) => `${topic}:${p}`)),
    );
    this.behind.clear();
  }

  /** The assigned topics, to ask the broker about. */
  get topics(): string[] {
    return [...new Set([...this.assignment].map((key) => key.slice(0, key.lastIndexOf(':'))))];
  }

  /** The assigned partitions behind the broker's end whose committed offset has not moved for `stallMs`. */
  stuck(offsets: readonly PartitionOffsets[], now = Date.now()): string[] {
    const stuck: string[] = [];
    for (const { topic, partition, end, committed, start } of offsets) {
      const key = `${topic}:${partition}`;
      if (!this.assignment.has(key)) continue;
      const position = committed ?? start;
      if (position >= end) {
        this.behind.delete(key);
        continue;
      }
      const seen = this.behind.get(key);
      if (seen?.committed !== position) this.behind.set(key, { committed: position, since: now });
      else if (now - seen.since >= this.stallMs) stuck.push(key);
    }
    return stuck;
  }
}

/** The broker's view of `topics` for the group: end, first and committed offset of every partition. */
export async function readOffsets(
  admin: Pick<Admin, 'fetchTopicOffsets' | 'fetchOffsets'>,
  groupId: string,
  topics: readonly string[],
): Promise<PartitionOffsets[]> {
  if (topics.length === 0) return [];
  const [ends, committed] = await Promise.all([
    Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) }))),
    admin.fetchOffsets({ groupId, topics: [...topics] }),
  ]);
  const committedAt = new Map(
    committed.flatMap(({ topic, partitions }) =>
      partitions.map(({ partition, offset }) => [`${topic}:${partition}`, BigInt(offset)] as const),
    ),
  );
  return ends.flatMap(({ topic, partitions }) =>
    partitions.map(({ partition, high, low }) => {
      const offset = committedAt.get(`${topic}:${partition}`);
      return {
        topic,
        partition,
        end: BigInt(high),
        start: BigInt(low),
        committed: offset === undefined || offset < 0n ? null : offset,
      };
    }),
  );
}

/** Checks a consumer's assigned partitions against the broker every `stallMs / 4` (PartitionProgress). */
export class PartitionProgressMonitor {
  private readonly progress: PartitionProgress;
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    private readonly admin: Pick<Admin, 'fetchTopicOffsets' | 'fetchOffsets'>,
    private readonly groupId: string,
    private readonly stallMs: number,
    private readonly onStuck: (partitions: string[]) => void,
  ) {
    this.progress = new PartitionProgress(stallMs);
  }

  assigned(assignment: Readonly<Record<string, readonly number[]>>): void {
    this.progress.assigned(assignment);
  }

  start(): void {
    this.stop();
    this.timer = setInterval(() => void this.check(), this.stallMs / 4);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One check; a broker that cannot answer now is asked again next time. */
  async check(now = Date.now()): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const offsets = await readOffsets(this.admin, this.groupId, this.progress.topics);
      const stuck = this.progress.stuck(offsets, now);
      if (stuck.length > 0) {
        this.progress.assigned({});
        this.onStuck(stuck);
      }
    } catch {
      // Kafka unreachable: nothing to compare; the next check asks again.
    } finally {
      this.checking = false;
    }
  }
}
