import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryDto, ListDeliveriesQuery, Page } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { findDelivery, listDeliveries, replayDeliveries, whereEqual } from './deliveries.store.js';

/**
 * Every e-mail and webhook delivery, for the people who run the platform, and dead e-mails sent
 * again (webhook dead letters are replayed by their owners under /webhooks).
 */
@Injectable()
export class DeliveriesService {
  constructor(private readonly dataSource: DataSource) {}

  list(query: ListDeliveriesQuery): Promise<Page<DeliveryDto>> {
    const filter = whereEqual({ where: [], params: [] }, [
      ['event_id', query.eventId],
      ['channel', query.channel],
      ['status', query.status],
    ]);
    return listDeliveries(this.dataSource.manager, filter, query);
  }

  async replay(id: string): Promise<DeliveryDto> {
    const manager = this.dataSource.manager;
    const replayed = await replayDeliveries(manager, {
      where: [`d.id = $1`, `d.channel = 'email'`, `d.status = 'dead'`],
      params: [id],
    });
    const delivery = await findDelivery(manager, {
      where: [`d.id = $1`, `d.channel = 'email'`],
      params: [id],
    });
    if (!delivery) throw new DomainError('not-found', `No e-mail delivery ${id}.`);
    if (!replayed)
      throw new DomainError('conflict', `E-mail ${id} is not a dead letter (it is ${delivery.status}).`);
    return delivery;
  }

  /** Every e-mail given up on since a time, sent again: the way back after a long SMTP outage. */
  replaySince(since: string): Promise<number> {
    return replayDeliveries(this.dataSource.manager, {
      where: [`d.channel = 'email'`, `d.status = 'dead'`, `d.dead_at >= $1`],
      params: [since],
    });
  }
}
