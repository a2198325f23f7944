import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeadLetter, DeadLetterReplay, ListDeadLettersQuery } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { ConsumerRegistry } from './consumer-registry.js';
import { discardDeadLetter, findDeadLetter, listDeadLetters, toDeadLetter } from './dead-letter-store.js';

/**
 * The dead-letter operations: listing and discarding need only the database; a replay needs the
 * consumer, which runs in this process (replicas share the database: any replica running the
 * consumer can replay its dead letters).
 */
@Injectable()
export class DeadLettersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consumers: ConsumerRegistry,
  ) {}

  list(query: ListDeadLettersQuery): Promise<DeadLetter[]> {
    return listDeadLetters(this.dataSource, query);
  }

  async replay(deadLetterId: string): Promise<DeadLetterReplay> {
    const row = await findDeadLetter(this.dataSource, deadLetterId);
    if (!row) throw new DomainError('not-found', `There is no dead letter ${deadLetterId}.`);
    const consumer = this.consumers.get(row.consumer);
    if (!consumer)
      throw new DomainError('conflict', `The consumer ${row.consumer} does not run in this process.`);
    return consumer.replay(deadLetterId);
  }

  async discard(deadLetterId: string): Promise<DeadLetter> {
    const row = await discardDeadLetter(this.dataSource, deadLetterId);
    if (!row) throw new DomainError('not-found', `There is no dead letter ${deadLetterId}.`);
    if (row.replayed_at)
      throw new DomainError('conflict', `The dead letter ${deadLetterId} was replayed; it stays so.`);
    await this.consumers.get(row.consumer)?.countOpen();
    return toDeadLetter(row);
  }
}
