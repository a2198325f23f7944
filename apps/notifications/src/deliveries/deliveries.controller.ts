import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  listDeliveriesQuerySchema,
  replayEmailsSinceSchema,
  type DeliveryDto,
  type ListDeliveriesQuery,
  type Page,
  type ReplayEmailsSince,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { UuidParam } from '@samvirke/platform';
import { DeliveriesService } from './deliveries.service.js';

@Controller('deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  /** Every e-mail and webhook delivery with its status and attempts, for the people who run the platform. */
  @Get()
  @Roles('platform-admin')
  list(@Query({ schema: listDeliveriesQuerySchema }) query: ListDeliveriesQuery): Promise<Page<DeliveryDto>> {
    return this.deliveries.list(query);
  }

  /** A dead e-mail sent again (webhook dead letters are replayed by their owners under /webhooks). */
  @Post(':id/replay')
  @HttpCode(200)
  @Roles('platform-admin')
  replay(@UuidParam('id') id: string): Promise<DeliveryDto> {
    return this.deliveries.replay(id);
  }

  /** Every e-mail given up on since a time, sent again: the way back after a long SMTP outage. */
  @Post('replay')
  @HttpCode(200)
  @Roles('platform-admin')
  async replaySince(
    @Body({ schema: replayEmailsSinceSchema }) body: ReplayEmailsSince,
  ): Promise<{ replayed: number }> {
    return { replayed: await this.deliveries.replaySince(body.since) };
  }
}
