import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { findEventDefinition, type CloudEvent, type DeadLetterReplay } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { decodeMessage } from '../cloud-event-codec.js';
import { consumerDeadLetterReplays } from '../metrics.js';
import type { BatchProcessor } from './batch-processor.js';
import { findDeadLetter, storedMessage, toDeadLetter, type DeadLetterRow } from './dead-letter-store.js';

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
      const result = await this.dataSource.transaction(async (manager) => {
        const row = await findDeadLetter(manager, id, { forUpdate: true });
        if (!row || row.consumer !== this.consumer)
          throw new DomainError('not-found', `There is no dead letter ${id}.`);
        if (row.replayed_at) return { outcome: 'already-replayed' as const, row };
        if (row.discarded_at) throw new DomainError('conflict', `The dead letter ${id} was discarded.`);
        const { outcome, event } = await this.apply(manager, row);
        const [[marked]] = await manager.query<[[DeadLetterRow]]>(
          `UPDATE consumer_dead_letter SET replayed_at = now(), replay_error = NULL WHERE id = $1
           RETURNING replayed_at`,
          [id],
        );
        return {
          outcome,
          row: { ...row, replayed_at: marked.replayed_at, replay_error: null },
          event,
        };
      });
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
      await this.dataSource.query(`UPDATE consumer_dead_letter SET replay_error = $2 WHERE id = $1`, [
        id,
        error.message.slice(0, 4_000),
      ]);
      throw error;
    }
  }

  private async apply(
    manager: EntityManager,
    row: DeadLetterRow,
  ): Promise<{ outcome: 'replayed' | 'duplicate' | 'skipped'; event?: CloudEvent }> {
    const message = storedMessage(row);
    const decoded = decodeMessage(message.headers, message.value);
    if (!decoded.ok) throw new ReplayFailed(decoded.reason);
    const { event } = decoded;
    const definition = findEventDefinition(event.type);
    if (!definition) throw new ReplayFailed(`event type ${event.type} is not in the registry`);
    const route = this.processor.route(event.type);
    if (!route) return { outcome: 'skipped' };
    const parsed = definition.schema.safeParse(event.data);
    if (!parsed.success) throw new ReplayFailed(parsed.error.issues.map((issue) => issue.message).join('; '));
    const turned: unknown[] = await manager.query(
      `UPDATE inbox_message SET outcome = 'handled', handled_at = now()
        WHERE consumer = $1 AND event_id = $2 AND outcome = 'dead-lettered' RETURNING event_id`,
      [this.consumer, event.id],
    );
    if (turned.length === 0) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox_message (consumer, event_id, event_type, outcome) VALUES ($1, $2, $3, 'handled')
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.consumer, event.id, event.type],
      );
      if (inserted.length === 0) return { outcome: 'duplicate' };
    }
    try {
      await this.processor.invoke(
        route.handler,
        route.batch ? [{ data: parsed.data, event }] : parsed.data,
        event,
        manager,
        { topic: row.topic, partition: row.kafka_partition },
        message,
        row.attempts + 1,
        route.batch ? [event] : undefined,
      );
    } catch (error) {
      throw new ReplayFailed(error instanceof Error ? error.message : String(error));
    }
    return { outcome: 'replayed', event };
  }
}
