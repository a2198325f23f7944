import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  contactChangedV1,
  membershipGrantedV1,
  membershipRevokedV1,
  organisationRegisteredV1,
  organisationUpdatedV1,
  programmeCreatedV1,
  programmeUpdatedV1,
  type ContactChangedV1,
  type MembershipGrantedV1,
  type MembershipRevokedV1,
  type OrganisationRegisteredV1,
  type OrganisationUpdatedV1,
  type ProgrammeCreatedV1,
  type ProgrammeUpdatedV1,
} from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';
import { applyToDirectory } from '../directory/directory.projection.js';
import { FanOutService } from './fan-out.service.js';
import { MEMBERSHIP_GRANTED_RULE } from './partners.rules.js';

/**
 * Partners' events keep notifications' copy of the directory (organisations, contacts, programmes,
 * memberships), and a membership is announced. One handler per type does both, in that order and
 * in the inbox transaction, so a rule reads the directory as the event left it.
 */
@Controller()
export class PartnersEventsConsumer {
  constructor(private readonly fanOut: FanOutService) {}

  @OnEvent(organisationRegisteredV1)
  async onOrganisationRegistered(
    @Payload() data: OrganisationRegisteredV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await applyToDirectory(context.event, data, context.manager);
  }

  @OnEvent(organisationUpdatedV1)
  async onOrganisationUpdated(
    @Payload() data: OrganisationUpdatedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await applyToDirectory(context.event, data, context.manager);
  }

  @OnEvent(contactChangedV1)
  async onContactChanged(@Payload() data: ContactChangedV1, @Ctx() context: EventContext): Promise<void> {
    await applyToDirectory(context.event, data, context.manager);
  }

  /** What waited for the programme (partners records its memberships first) is notified now. */
  @OnEvent(programmeCreatedV1)
  async onProgrammeCreated(@Payload() data: ProgrammeCreatedV1, @Ctx() context: EventContext): Promise<void> {
    await applyToDirectory(context.event, data, context.manager);
    await this.fanOut.releaseDeferred(data.programmeId, context.manager);
  }

  @OnEvent(programmeUpdatedV1)
  async onProgrammeUpdated(@Payload() data: ProgrammeUpdatedV1, @Ctx() context: EventContext): Promise<void> {
    await applyToDirectory(context.event, data, context.manager);
  }

  @OnEvent(membershipGrantedV1)
  async onMembershipGranted(
    @Payload() data: MembershipGrantedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await applyToDirectory(context.event, data, context.manager);
    await this.fanOut.notify(MEMBERSHIP_GRANTED_RULE, data, context.event, context.manager);
  }

  @OnEvent(membershipRevokedV1)
  async onMembershipRevoked(
    @Payload() data: MembershipRevokedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await applyToDirectory(context.event, data, context.manager);
  }
}
