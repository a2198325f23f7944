import { BaseRpcContext } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@samvirke/contracts';

type EventContextArgs = [
  CloudEvent,
  EntityManager,
  { topic: string; partition: number; offset: string; attempt: number },
  // All events of a batch handler's call; absent for a single event.
  CloudEvent[]?,
];

/**
 * What an event handler gets beside the payload: the envelope, and the transaction it must make
 * its changes in (the same one that records the event in the inbox).
 */
export class EventContext extends BaseRpcContext<EventContextArgs> {
  get event(): CloudEvent {
    return this.args[0];
  }
  /** The events of this call: several for an @OnEvents handler, else just the one. */
  get events(): readonly CloudEvent[] {
    return this.args[3] ?? [this.args[0]];
  }
  get manager(): EntityManager {
    return this.args[1];
  }
  get topic(): string {
    return this.args[2].topic;
  }
  get partition(): number {
    return this.args[2].partition;
  }
  get offset(): string {
    return this.args[2].offset;
  }
  get attempt(): number {
    return this.args[2].attempt;
  }
}
