/**
 * Notices a kafkajs consumer that has stopped fetching without crashing. kafkajs 2.2 can sit like
 * that after a broker dies: in the broker fault test the consumer's fetches stopped for good with
 * 3,000 events waiting in Kafka, no error and no crash event, so nothing else would restart it.
 * A consumer long-polls (maxWaitTimeInMs), so a healthy one starts a fetch every second or so
 * unless a batch is being handled; `stallMs` without either means it must be replaced.
 */
export class FetchWatchdog {
  private last = Date.now();
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stallMs: number,
    private readonly onStall: () => void,
  ) {}

  /** The consumer is about to fetch. */
  fetching(now = Date.now()): void {
    this.last = now;
  }

  batchStarted(now = Date.now()): void {
    this.inFlight += 1;
    this.last = now;
  }

  batchEnded(now = Date.now()): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.last = now;
  }

  start(): void {
    this.stop();
    this.last = Date.now();
    this.timer = setInterval(() => this.check(), Math.min(10_000, Math.max(100, this.stallMs / 3)));
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Calls `onStall` (once per stall) when nothing happened for `stallMs`; true when it did. */
  check(now = Date.now()): boolean {
    if (this.inFlight > 0 || now - this.last <= this.stallMs) return false;
    this.last = now;
    this.onStall();
    return true;
  }
}
