import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeadLettersQuery, DeliveryDto, Page, ReplaySince } from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { listDeliveries, REPLAY_DELIVERY } from '../deliveries/delivery.view.js';

/**
 * Webhook deliveries given up on. A replay sends the same message again (same webhook-id, so a
 * receiver that did get it can tell), with a fresh schedule of attempts.
 */
@Injectable()
export class DeadLettersService {
  constructor(private readonly dataSource: DataSource) {}

  list(principal: Principal, query: DeadLettersQuery): Promise<Page<DeliveryDto>> {
    const { where, params } = this.scope(principal, query);
    return listDeliveries(this.dataSource, where, params, query, 'd.dead_at, d.seq');
  }

  async replayOne(principal: Principal, id: string): Promise<DeliveryDto> {
    const { where, params } = this.scope(principal, { deadOnly: false });
    params.push(id);
    where.push(`d.id = $${params.length}`);
    const [delivery] = (await listDeliveries(this.dataSource, where, params, { limit: 1, offset: 0 })).items;
    if (!delivery) throw new DomainError('not-found', `No webhook delivery ${id} of yours.`);
    if (delivery.status !== 'dead')
      throw new DomainError('conflict', `Delivery ${id} is not a dead letter (it is ${delivery.status}).`);
    const [enabled] = await this.dataSource.query<{ enabled: boolean }[]>(
      `SELECT enabled FROM webhook_subscription WHERE id = $1`,
      [delivery.subscriptionId],
    );
    if (!enabled?.enabled)
      throw new DomainError(
        'conflict',
        'The subscription is disabled; enable it (PATCH enabled: true) first.',
      );
    await this.dataSource.query(`${REPLAY_DELIVERY} WHERE d.id = $1 AND d.status = 'dead'`, [id]);
    const [replayed] = (await listDeliveries(this.dataSource, ['d.id = $1'], [id], { limit: 1, offset: 0 }))
      .items;
    if (!replayed) throw new DomainError('not-found', `No webhook delivery ${id}.`);
    return replayed;
  }

  async replaySince(principal: Principal, command: ReplaySince): Promise<number> {
    const { where, params } = this.scope(principal, command);
    where.push(`d.subscription_id IN (SELECT id FROM webhook_subscription WHERE enabled)`);
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `${REPLAY_DELIVERY} WHERE ${where.join(' AND ')} RETURNING d.id`,
      params,
    );
    return count;
  }

  /** Dead webhook deliveries of subscriptions the caller owns (all of them for platform admins). */
  private scope(
    principal: Principal,
    {
      since,
      subscriptionId,
      deadOnly = true,
    }: { since?: string; subscriptionId?: string; deadOnly?: boolean },
  ): { where: string[]; params: unknown[] } {
    const params: unknown[] = [hasRole(principal, 'platform-admin'), principal.clientId ?? ''];
    const where = [
      `d.channel = 'webhook'`,
      // Deliveries of internal events from before webhooks carried public events only are history.
      `d.event_type LIKE 'dk.samvirke.public.%'`,
      `($1 OR d.subscription_id IN (SELECT id FROM webhook_subscription WHERE owner_client_id = $2))`,
    ];
    if (deadOnly) where.push(`d.status = 'dead'`);
    if (since) {
      params.push(since);
      where.push(`d.dead_at >= $${params.length}`);
    }
    if (subscriptionId) {
      params.push(subscriptionId);
      where.push(`d.subscription_id = $${params.length}`);
    }
    return { where, params };
  }
}
