import { Controller, Get, HttpCode, Param, Post, Query, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Roles } from '@samvirke/auth';
import {
  listDeadLettersQuerySchema,
  type DeadLetter,
  type DeadLetterReplay,
  type ListDeadLettersQuery,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { ConsumerRegistry } from './consumer-registry.js';
import { discardDeadLetter, findDeadLetter, listDeadLetters, toDeadLetter } from './dead-letter-store.js';

/**
 * The dead-letter operations (deadLetterOperations() in libs/contracts) at `path`: a service
 * serves them at `dead-letters`, the gateway under its own prefix. Platform admins only. Listing
 * and discarding need only the database; a replay needs the consumer, which runs in this process.
 */
export function deadLettersController(path: string): Type {
  @Controller(path)
  @Roles('platform-admin')
  class DeadLettersController {
    constructor(
      private readonly dataSource: DataSource,
      private readonly consumers: ConsumerRegistry,
    ) {}

    @Get()
    async list(
      @Query({ schema: listDeadLettersQuerySchema }) query: ListDeadLettersQuery,
    ): Promise<{ items: DeadLetter[] }> {
      return { items: await listDeadLetters(this.dataSource, query) };
    }

    @Post(':deadLetterId/replay')
    @HttpCode(200)
    async replay(
      @Param('deadLetterId', { schema: z.uuid() }) deadLetterId: string,
    ): Promise<DeadLetterReplay> {
      const row = await findDeadLetter(this.dataSource, deadLetterId);
      if (!row) throw new DomainError('not-found', `There is no dead letter ${deadLetterId}.`);
      const consumer = this.consumers.get(row.consumer);
      // Replicas share the database: any replica running this consumer can replay it.
      if (!consumer)
        throw new DomainError('conflict', `The consumer ${row.consumer} does not run in this process.`);
      return consumer.replay(deadLetterId);
    }

    @Post(':deadLetterId/discard')
    @HttpCode(200)
    async discard(@Param('deadLetterId', { schema: z.uuid() }) deadLetterId: string): Promise<DeadLetter> {
      const row = await discardDeadLetter(this.dataSource, deadLetterId);
      if (!row) throw new DomainError('not-found', `There is no dead letter ${deadLetterId}.`);
      if (row.replayed_at)
        throw new DomainError('conflict', `The dead letter ${deadLetterId} was replayed; it stays so.`);
      await this.consumers.get(row.consumer)?.countOpen();
      return toDeadLetter(row);
    }
  }
  return DeadLettersController;
}
