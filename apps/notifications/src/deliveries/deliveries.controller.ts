import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  listDeliveriesQuerySchema,
  type DeliveryDto,
  type ListDeliveriesQuery,
  type Page,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { listDeliveries } from './delivery.view.js';

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
}
