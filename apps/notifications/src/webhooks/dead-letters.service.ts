import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeadLettersQuery, DeliveryDto, Page, ReplaySince } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import {
  findDelivery,
  listDeliveries,
  replayDeliveries,
  whereEqual,
} from '../deliveries/deliveries.store.js';
import { deadLetterFilter, ofEnabledSubscriptions } from './dead-letters.store.js';
import { subscriptionScope } from './webhooks.rules.js';
import { subscriptionEnabled } from './webhooks.store.js';

/**
 * Webhook deliveries given up on. A replay sends the same message again (same webhook-id, so a
 * receiver that did get it can tell), with a fresh schedule of attempts.
 */
@Injectable()
export class DeadLettersService {
  constructor(private readonly dataSource: DataSource) {}

  list(principal: Principal, query: DeadLettersQuery): Promise<Page<DeliveryDto>> {
    const filter = deadLetterFilter(subscriptionScope(principal), query);
    return listDeliveries(this.dataSource.manager, filter, query, 'd.dead_at, d.seq');
  }

  async replayOne(principal: Principal, id: string): Promise<DeliveryDto> {
    const manager = this.dataSource.manager;
    const filter = whereEqual(deadLetterFilter(subscriptionScope(principal), { deadOnly: false }), [
      ['id', id],
    ]);
    const delivery = await findDelivery(manager, filter);
    if (!delivery) throw new DomainError('not-found', `No webhook delivery ${id} of yours.`);
    if (delivery.status !== 'dead')
      throw new DomainError('conflict', `Delivery ${id} is not a dead letter (it is ${delivery.status}).`);
    if (!(await subscriptionEnabled(manager, delivery.subscriptionId)))
      throw new DomainError(
        'conflict',
        'The subscription is disabled; enable it (PATCH enabled: true) first.',
      );
    await replayDeliveries(manager, { where: [`d.id = $1`, `d.status = 'dead'`], params: [id] });
    const replayed = await findDelivery(manager, { where: ['d.id = $1'], params: [id] });
    if (!replayed) throw new DomainError('not-found', `No webhook delivery ${id}.`);
    return replayed;
  }

  replaySince(principal: Principal, command: ReplaySince): Promise<number> {
    const filter = ofEnabledSubscriptions(deadLetterFilter(subscriptionScope(principal), command));
    return replayDeliveries(this.dataSource.manager, filter);
  }
}
