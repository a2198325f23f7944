import { Controller, Get, HttpCode, Param, Post, Query, type Type } from '@nestjs/common';
import { z } from 'zod';
import { Roles } from '@samvirke/auth';
import {
  listDeadLettersQuerySchema,
  type DeadLetter,
  type DeadLetterReplay,
  type ListDeadLettersQuery,
} from '@samvirke/contracts';
import { DeadLettersService } from './dead-letters.service.js';

/**
 * The dead-letter operations (deadLetterOperations() in libs/contracts) at `path`: a service
 * serves them at `dead-letters`, the gateway under its own prefix. Platform admins only. Listing
 * and discarding need only the database; a replay needs the consumer, which runs in this process.
 */
export function deadLettersController(path: string): Type {
  @Controller(path)
  @Roles('platform-admin')
  class DeadLettersController {
    constructor(private readonly deadLetters: DeadLettersService) {}

    @Get()
    async list(
      @Query({ schema: listDeadLettersQuerySchema }) query: ListDeadLettersQuery,
    ): Promise<{ items: DeadLetter[] }> {
      return { items: await this.deadLetters.list(query) };
    }

    @Post(':deadLetterId/replay')
    @HttpCode(200)
    replay(@Param('deadLetterId', { schema: z.uuid() }) deadLetterId: string): Promise<DeadLetterReplay> {
      return this.deadLetters.replay(deadLetterId);
    }

    @Post(':deadLetterId/discard')
    @HttpCode(200)
    discard(@Param('deadLetterId', { schema: z.uuid() }) deadLetterId: string): Promise<DeadLetter> {
      return this.deadLetters.discard(deadLetterId);
    }
  }
  return DeadLettersController;
}
