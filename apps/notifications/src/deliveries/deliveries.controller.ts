import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  listDeliveriesQuerySchema,
  replayEmailsSinceSchema,
  type DeliveryDto,
  type ListDeliveriesQuery,
  type Page,
  type ReplayEmailsSince,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { listDeliveries, REPLAY_DELIVERY } from './delivery.view.js';

@Controller('deliveries')
export class DeliveriesController {
  constructor(private readonly dataSource: DataSource) {}

  /** Every e-mail and webhook delivery with its status and attempts, for the people who run the platform. */
  @Get()
  @Roles('platform-admin')
  list(@Query({ schema: listDeliveriesQuerySchema }) query: ListDeliveriesQuery): Promise<Page<DeliveryDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const [column, value] of [
      ['event_id', query.eventId],
      ['channel', query.channel],
      ['status', query.status],
    ] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`d.${column} = $${params.length}`);
    }
    return listDeliveries(this.dataSource, where, params, query);
  }

  /** A dead e-mail sent again (webhook dead letters are replayed by their owners under /webhooks). */
  @Post(':id/replay')
  @HttpCode(200)
  @Roles('platform-admin')
  async replay(@Param('id', { schema: z.uuid() }) id: string): Promise<DeliveryDto> {
    const [, replayed] = await this.dataSource.query<[unknown[], number]>(
      `${REPLAY_DELIVERY} WHERE d.id = $1 AND d.channel = 'email' AND d.status = 'dead' RETURNING d.id`,
      [id],
    );
    const [delivery] = (
      await listDeliveries(this.dataSource, [`d.id = $1`, `d.channel = 'email'`], [id], {
        limit: 1,
        offset: 0,
      })
    ).items;
    if (!delivery) throw new DomainError('not-found', `No e-mail delivery ${id}.`);
    if (!replayed)
      throw new DomainError('conflict', `E-mail ${id} is not a dead letter (it is ${delivery.status}).`);
    return delivery;
  }

  /** Every e-mail given up on since a time, sent again: the way back after a long SMTP outage. */
  @Post('replay')
  @HttpCode(200)
  @Roles('platform-admin')
  async replaySince(
    @Body({ schema: replayEmailsSinceSchema }) body: ReplayEmailsSince,
  ): Promise<{ replayed: number }> {
    const [, replayed] = await this.dataSource.query<[unknown[], number]>(
      `${REPLAY_DELIVERY} WHERE d.channel = 'email' AND d.status = 'dead' AND d.dead_at >= $1 RETURNING d.id`,
      [body.since],
    );
    return { replayed };
  }
}
