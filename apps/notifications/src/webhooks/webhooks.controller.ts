import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  createWebhookSubscriptionSchema,
  deadLettersQuerySchema,
  listDeliveriesQuerySchema,
  replaySinceSchema,
  rotateSecretSchema,
  updateWebhookSubscriptionSchema,
  type CreateWebhookSubscription,
  type DeadLettersQuery,
  type DeliveryDto,
  type ListDeliveriesQuery,
  type Page,
  type ReplaySince,
  type UpdateWebhookSubscription,
  type WebhookSubscriptionDto,
  type WebhookSubscriptionWithSecretDto,
} from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal, Scoped } from '@samvirke/auth';
import { DeadLettersService } from './dead-letters.service.js';
import { WebhooksService } from './webhooks.service.js';

@Controller('webhooks')
@Roles('integration', 'platform-admin')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly deadLetters: DeadLettersService,
  ) {}

  @Post('subscriptions')
  @HttpCode(201)
  @Roles('integration')
  create(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createWebhookSubscriptionSchema }) body: CreateWebhookSubscription,
  ): Promise<WebhookSubscriptionWithSecretDto> {
    return this.webhooks.create(principal, body);
  }

  @Get('subscriptions')
  list(@CurrentPrincipal() principal: Principal): Promise<WebhookSubscriptionDto[]> {
    return this.webhooks.list(principal);
  }

  @Get('subscriptions/:id')
  get(@Scoped('id') { principal, id }: Scoped<'id'>): Promise<WebhookSubscriptionDto> {
    return this.webhooks.get(principal, id);
  }

  @Patch('subscriptions/:id')
  update(
    @Scoped('id') { principal, id }: Scoped<'id'>,
    @Body({ schema: updateWebhookSubscriptionSchema }) body: UpdateWebhookSubscription,
  ): Promise<WebhookSubscriptionDto> {
    return this.webhooks.update(principal, id, body);
  }

  @Post('subscriptions/:id/rotate-secret')
  @HttpCode(200)
  rotate(
    @Scoped('id') { principal, id }: Scoped<'id'>,
    @Body({ schema: rotateSecretSchema }) body: z.infer<typeof rotateSecretSchema>,
  ): Promise<WebhookSubscriptionWithSecretDto> {
    return this.webhooks.rotate(principal, id, body.overlapSeconds);
  }

  @Get('subscriptions/:id/deliveries')
  deliveries(
    @Scoped('id') { principal, id }: Scoped<'id'>,
    @Query({ schema: listDeliveriesQuerySchema }) query: ListDeliveriesQuery,
  ): Promise<Page<DeliveryDto>> {
    return this.webhooks.deliveries(principal, id, query);
  }

  @Get('dead-letters')
  listDeadLetters(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: deadLettersQuerySchema }) query: DeadLettersQuery,
  ): Promise<Page<DeliveryDto>> {
    return this.deadLetters.list(principal, query);
  }

  @Post('dead-letters/replay')
  @HttpCode(200)
  async replaySince(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: replaySinceSchema }) body: ReplaySince,
  ): Promise<{ replayed: number }> {
    return { replayed: await this.deadLetters.replaySince(principal, body) };
  }

  @Post('dead-letters/:id/replay')
  @HttpCode(200)
  replayOne(@Scoped('id') { principal, id }: Scoped<'id'>): Promise<DeliveryDto> {
    return this.deadLetters.replayOne(principal, id);
  }
}
