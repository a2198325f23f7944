import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CreateWebhookSubscription,
  DeliveryDto,
  ListDeliveriesQuery,
  Page,
  ProblemFieldError,
  UpdateWebhookSubscription,
  WebhookSubscriptionDto,
  WebhookSubscriptionWithSecretDto,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { notificationsConfig } from '../config.js';
import { listDeliveries, whereEqual } from '../deliveries/deliveries.store.js';
import { sealSecret } from './secret-box.js';
import { newWebhookSecret } from './signing.js';
import { parseAllowList, urlProblems } from './url-guard.js';
import {
  changedSettings,
  eventTypeErrors,
  mayOwnSubscriptions,
  programmeErrors,
  subscriptionScope,
  urlErrors,
} from './webhooks.rules.js';
import {
  findSubscription,
  insertSubscription,
  listSubscriptions,
  memberProgrammes,
  ownerOrganisations,
  rotateSecret,
  updateSubscription,
} from './webhooks.store.js';

/**
 * Webhook subscriptions, each owned by the integration client that made it. The signing secret is
 * stored encrypted (secret-box.ts) and shown once: in the answer that made it, on creation and
 * on rotation. Reads never return it.
 */
@Injectable()
export class WebhooksService {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    principal: Principal,
    command: CreateWebhookSubscription,
  ): Promise<WebhookSubscriptionWithSecretDto> {
    if (!mayOwnSubscriptions(principal))
      throw new DomainError('forbidden', 'Only integration clients own webhook subscriptions.');
    const manager = this.dataSource.manager;
    const problems = [
      ...(await this.urlErrors(command.url)),
      ...eventTypeErrors(command.eventTypes),
      ...(await this.programmeErrors(manager, principal.organisations, command.programmeIds)),
    ];
    if (problems.length) throw new ValidationFailed(problems, 'The subscription cannot be made as asked.');
    const id = randomUUID();
    const secret = newWebhookSecret();
    await insertSubscription(manager, {
      id,
      ownerClientId: principal.clientId ?? '',
      ownerOrganisations: principal.organisations,
      url: command.url,
      eventTypes: [...new Set(command.eventTypes)],
      programmeIds: [...new Set(command.programmeIds)],
      description: command.description,
      secretSealed: sealSecret(secret, notificationsConfig().WEBHOOK_SECRET_KEY, id),
    });
    return { ...(await this.get(principal, id)), secret };
  }

  list(principal: Principal): Promise<WebhookSubscriptionDto[]> {
    return listSubscriptions(this.dataSource.manager, subscriptionScope(principal));
  }

  get(principal: Principal, id: string): Promise<WebhookSubscriptionDto> {
    return this.owned(this.dataSource.manager, principal, id);
  }

  update(
    principal: Principal,
    id: string,
    command: UpdateWebhookSubscription,
  ): Promise<WebhookSubscriptionDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.owned(manager, principal, id, true);
      const problems = [
        ...(command.url === undefined ? [] : await this.urlErrors(command.url)),
        ...(command.eventTypes ? eventTypeErrors(command.eventTypes) : []),
        ...(command.programmeIds
          ? await this.programmeErrors(manager, await ownerOrganisations(manager, id), command.programmeIds)
          : []),
      ];
      if (problems.length)
        throw new ValidationFailed(problems, 'The subscription cannot be changed as asked.');
      await updateSubscription(manager, id, changedSettings(current, command));
      return this.owned(manager, principal, id);
    });
  }

  /** A new secret, shown in this answer only; the old one keeps signing (a second signature) for the overlap. */
  rotate(
    principal: Principal,
    id: string,
    overlapSeconds: number,
  ): Promise<WebhookSubscriptionWithSecretDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.owned(manager, principal, id, true);
      const secret = newWebhookSecret();
      await rotateSecret(
        manager,
        id,
        sealSecret(secret, notificationsConfig().WEBHOOK_SECRET_KEY, id),
        overlapSeconds,
      );
      return { ...(await this.owned(manager, principal, id)), secret };
    });
  }

  /** The deliveries of a subscription the caller owns. */
  async deliveries(principal: Principal, id: string, query: ListDeliveriesQuery): Promise<Page<DeliveryDto>> {
    const manager = this.dataSource.manager;
    await this.owned(manager, principal, id);
    const filter = whereEqual({ where: ['d.subscription_id = $1'], params: [id] }, [
      ['event_id', query.eventId],
      ['status', query.status],
    ]);
    return listDeliveries(manager, filter, query);
  }

  /** The subscription if the caller owns it (or is a platform admin); 404 otherwise. */
  private async owned(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock = false,
  ): Promise<WebhookSubscriptionDto> {
    const subscription = await findSubscription(manager, subscriptionScope(principal), id, lock);
    if (!subscription) throw new DomainError('not-found', `No webhook subscription ${id} of yours.`);
    return subscription;
  }

  private async urlErrors(url: string): Promise<ProblemFieldError[]> {
    // Read per call, so the production-mode rule follows the environment the service runs in.
    const settings = notificationsConfig();
    return urlErrors(
      await urlProblems(url, {
        requireHttps: settings.WEBHOOK_REQUIRE_HTTPS,
        allowed: parseAllowList(settings.WEBHOOK_ALLOWED_HOSTS),
      }),
    );
  }

  private async programmeErrors(
    manager: EntityManager,
    organisations: readonly string[],
    programmeIds: readonly string[],
  ): Promise<ProblemFieldError[]> {
    if (programmeIds.length === 0) return [];
    return programmeErrors(programmeIds, await memberProgrammes(manager, programmeIds, organisations));
  }
}
