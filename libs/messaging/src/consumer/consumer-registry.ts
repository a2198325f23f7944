import { Injectable } from '@nestjs/common';
import type { DeadLetterReplay } from '@samvirke/contracts';

/** What the dead-letter operations need of a consumer running in this process. */
export interface ReplayingConsumer {
  readonly consumerName: string;
  replay(deadLetterId: string): Promise<DeadLetterReplay>;
  /** Counts its open dead letters for the alert gauge again. */
  countOpen(): Promise<void>;
}

/** The event consumers attached in this process (connectEventConsumer adds each), by name. */
@Injectable()
export class ConsumerRegistry {
  private readonly consumers = new Map<string, ReplayingConsumer>();

  add(consumer: ReplayingConsumer): void {
    this.consumers.set(consumer.consumerName, consumer);
  }

  get(name: string): ReplayingConsumer | undefined {
    return this.consumers.get(name);
  }
}
