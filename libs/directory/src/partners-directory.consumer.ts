import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  membershipGrantedV1,
  membershipRevokedV1,
  organisationRegisteredV1,
  organisationUpdatedV1,
  programmeCreatedV1,
  programmeUpdatedV1,
  type MembershipGrantedV1,
  type MembershipRevokedV1,
  type OrganisationRegisteredV1,
  type OrganisationUpdatedV1,
  type ProgrammeCreatedV1,
  type ProgrammeUpdatedV1,
} from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';
import { directoryProjection as project } from './directory.projection.js';

/**
 * A service's own copy of who takes part where, kept from partners' events: organisations (their
 * type, whether archived), programmes (backbone, goals) and memberships with their roles.
 */
@Controller()
export class PartnersDirectoryConsumer {
  @OnEvent(organisationRegisteredV1)
  async onOrganisationRegistered(
    @Payload() data: OrganisationRegisteredV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await project.organisationRegistered(context.manager, context.event, data);
  }

  @OnEvent(organisationUpdatedV1)
  async onOrganisationUpdated(
    @Payload() data: OrganisationUpdatedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await project.organisationUpdated(context.manager, context.event, data);
  }

  @OnEvent(programmeCreatedV1)
  async onProgrammeCreated(@Payload() data: ProgrammeCreatedV1, @Ctx() context: EventContext): Promise<void> {
    await project.programmeChanged(context.manager, context.event, data);
  }

  @OnEvent(programmeUpdatedV1)
  async onProgrammeUpdated(@Payload() data: ProgrammeUpdatedV1, @Ctx() context: EventContext): Promise<void> {
    await project.programmeChanged(context.manager, context.event, data);
  }

  @OnEvent(membershipGrantedV1)
  async onMembershipGranted(
    @Payload() data: MembershipGrantedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await project.membershipGranted(context.manager, context.event, data);
  }

  @OnEvent(membershipRevokedV1)
  async onMembershipRevoked(
    @Payload() data: MembershipRevokedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await project.membershipRevoked(context.manager, context.event, data);
  }
}
