import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  awardShareDeclinedV1,
  awardShareRequestedV1,
  grantAwardedV1,
  trancheEligibleV1,
  trancheHeldV1,
  tranchePaidV1,
  type AwardShareDeclinedV1,
  type AwardShareRequestedV1,
  type GrantAwardedV1,
  type TrancheEligibleV1,
  type TrancheHeldV1,
  type TranchePaidV1,
} from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';
import { FanOutService } from './fan-out.service.js';
import {
  AWARD_SHARE_DECLINED_RULE,
  AWARD_SHARE_REQUESTED_RULE,
  GRANT_AWARDED_RULE,
  TRANCHE_ELIGIBLE_RULE,
  TRANCHE_HELD_RULE,
  TRANCHE_PAID_RULE,
} from './grants.rules.js';

/** Awards, their co-funders' shares and the tranches' payments, told to grantees and funders. */
@Controller()
export class GrantsEventsConsumer {
  constructor(private readonly fanOut: FanOutService) {}

  @OnEvent(grantAwardedV1)
  async onAwarded(@Payload() data: GrantAwardedV1, @Ctx() context: EventContext): Promise<void> {
    await this.fanOut.notify(GRANT_AWARDED_RULE, data, context.event, context.manager);
  }

  @OnEvent(trancheEligibleV1)
  async onTrancheEligible(@Payload() data: TrancheEligibleV1, @Ctx() context: EventContext): Promise<void> {
    await this.fanOut.notify(TRANCHE_ELIGIBLE_RULE, data, context.event, context.manager);
  }

  @OnEvent(trancheHeldV1)
  async onTrancheHeld(@Payload() data: TrancheHeldV1, @Ctx() context: EventContext): Promise<void> {
    await this.fanOut.notify(TRANCHE_HELD_RULE, data, context.event, context.manager);
  }

  @OnEvent(tranchePaidV1)
  async onTranchePaid(@Payload() data: TranchePaidV1, @Ctx() context: EventContext): Promise<void> {
    await this.fanOut.notify(TRANCHE_PAID_RULE, data, context.event, context.manager);
  }

  @OnEvent(awardShareRequestedV1)
  async onShareRequested(
    @Payload() data: AwardShareRequestedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.fanOut.notify(AWARD_SHARE_REQUESTED_RULE, data, context.event, context.manager);
  }

  @OnEvent(awardShareDeclinedV1)
  async onShareDeclined(@Payload() data: AwardShareDeclinedV1, @Ctx() context: EventContext): Promise<void> {
    await this.fanOut.notify(AWARD_SHARE_DECLINED_RULE, data, context.event, context.manager);
  }
}
