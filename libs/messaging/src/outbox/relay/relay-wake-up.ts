/**
 * How the relay waits between drains: a notification (or a nudge) ends the wait at once, a poll
 * interval ends it otherwise. It also remembers the lowest position a notification named since
 * the last drain began: a transaction can commit a row after rows with higher positions were
 * published, and its NOTIFY (sent at commit, naming its lowest position) takes the next drain back.
 */
export class RelayWakeUp {
  private wake: (() => void) | undefined;
  /** Set when a notification arrives while the relay is busy, so the next sleep is skipped. */
  private signalled = false;
  private rewind: bigint | undefined;

  /** True while the relay waits for a notification or the next poll. */
  get isIdle(): boolean {
    return this.wake !== undefined;
  }

  /** Wakes the relay, its next drain reading on from `position` at the latest. */
  wakeFrom(position: bigint): void {
    this.rewindTo(position);
    this.signalled = true;
    this.wake?.();
  }

  rewindTo(position: bigint): void {
    if (this.rewind === undefined || position < this.rewind) this.rewind = position;
  }

  /** Where a drain starts: the cursor, or further back if a notification asked for it. */
  startOfDrain(cursor: bigint): bigint {
    this.signalled = false;
    const from = this.rewind !== undefined && this.rewind < cursor ? this.rewind : cursor;
    this.rewind = undefined;
    return from;
  }

  /** Waits up to `ms`; true when a notification (or nudge) ended the wait, false on the timeout. */
  sleep(ms: number, running: boolean): Promise<boolean> {
    if (!running) return Promise.resolve(true);
    if (this.signalled) {
      this.signalled = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const done = (notified: boolean): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve(notified);
      };
      const timer = setTimeout(() => done(false), ms);
      this.wake = () => done(true);
    });
  }

  /** Ends a wait in progress (stop). */
  interrupt(): void {
    this.wake?.();
  }
}
