import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { CloudEvent, DeadLetterReplay } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { recordOneHandled, turnDeadLetteredToHandled } from '../inbox/inbox.js';
import { consumerDeadLetterReplays } from '../metrics.js';
import type { BatchProcessor } from './batch-processor.js';
import {
  findDeadLetter,
  markReplayed,
  recordReplayError,
  storedMessage,
  toDeadLetter,
  type DeadLetterRow,
} from './dead-letter-store.js';
import { invokeRoute } from './handler-invocation.js';

/** A replay whose event still cannot be applied; nothing of it was committed. */
export class ReplayFailed extends DomainError {
  constructor(message: string) {
    super('conflict', `The dead letter could not be applied: ${message}`);
    this.name = 'ReplayFailed';
  }
}

/**
 * Runs a dead-lettered event through its consumer's handler again, once in effect: the dead
 * letter is locked, the handler's changes, the inbox row and the replay mark commit in one
 * transaction, and a replayed dead letter is never applied again. The inbox row the consumer
 * wrote when it gave up (`dead-lettered`) would refuse the event as a repeat; the replay turns
 * it into `handled` instead. An event the inbox has as `handled` (a redelivery got through after
 * the cause was fixed) is marked replayed without running the handler.
 */
export class DeadLetterReplayer {
  private readonly logger = new Logger('DeadLetterReplayer');

  constructor(
    private readonly consumer: string,
    private readonly dataSource: DataSource,
    private readonly processor: BatchProcessor,
  ) {}

  async replay(id: string): Promise<{ replay: DeadLetterReplay; applied?: CloudEvent }> {
    try {
      const result = await this.dataSource.transaction((manager) => this.replayLocked(manager, id));
      consumerDeadLetterReplays.inc({ consumer: this.consumer, outcome: result.outcome });
      this.logger.log({
        msg: 'dead letter replayed',
        id,
        outcome: result.outcome,
        eventId: result.row.event_id,
      });
      return {
        replay: { outcome: result.outcome, deadLetter: toDeadLetter(result.row) },
        ...(result.event ? { applied: result.event } : {}),
      };
    } catch (error) {
      if (!(error instanceof ReplayFailed)) throw error;
      consumerDeadLetterReplays.inc({ consumer: this.consumer, outcome: 'failed' });
      await recordReplayError(this.dataSource, id, error.message);
      throw error;
    }
  }

  private async replayLocked(manager: EntityManager, id: string): Promise<Replayed> {
    const row = await findDeadLetter(manager, id, { forUpdate: true });
    if (!row || row.consumer !== this.consumer)
      throw new DomainError('not-found', `There is no dead letter ${id}.`);
    if (row.replayed_at) return { outcome: 'already-replayed', row };
    if (row.discarded_at) throw new DomainError('conflict', `The dead letter ${id} was discarded.`);
    const { outcome, event } = await this.apply(manager, row);
    const replayedAt = await markReplayed(manager, id);
    return { outcome, row: { ...row, replayed_at: replayedAt, replay_error: null }, event };
  }

  private async apply(
    manager: EntityManager,
    row: DeadLetterRow,
  ): Promise<{ outcome: 'replayed' | 'duplicate' | 'skipped'; event?: CloudEvent }> {
    const message = storedMessage(row);
    const checked = this.processor.check(message, row.topic);
    if (checked.kind === 'bad') throw new ReplayFailed(checked.detail);
    if (checked.kind === 'unrouted') return { outcome: 'skipped' };
    const { event, data, route } = checked;
    const turned = await turnDeadLetteredToHandled(manager, this.consumer, event.id);
    if (!turned && !(await recordOneHandled(manager, this.consumer, event))) return { outcome: 'duplicate' };
    const delivery = {
      topic: row.topic,
      partition: row.kafka_partition,
      offset: message.offset,
      attempt: row.attempts + 1,
    };
    try {
      await invokeRoute(route, data, event, manager, delivery);
    } catch (error) {
      throw new ReplayFailed(error instanceof Error ? error.message : String(error));
    }
    return { outcome: 'replayed', event };
  }
}

interface Replayed {
  readonly outcome: 'already-replayed' | 'replayed' | 'duplicate' | 'skipped';
  readonly row: DeadLetterRow;
  readonly event?: CloudEvent;
}
