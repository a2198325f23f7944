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
} from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';

/**
 * Grants' own copy of who takes part where, kept from partners' events: organisations and their
 * type (who may apply to a call), programmes and their goals, and members with their roles
 * (funders, backbone).
 */
@Controller()
export class PartnersDirectoryConsumer {
  @OnEvent(organisationRegisteredV1)
  async onOrganisationRegistered(
    @Payload() data: OrganisationRegisteredV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.upsertOrganisation(context, { ...data, archived: false });
  }

  @OnEvent(organisationUpdatedV1)
  async onOrganisationUpdated(
    @Payload() data: OrganisationUpdatedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.upsertOrganisation(context, data);
  }

  @OnEvent(programmeCreatedV1)
  async onProgrammeCreated(@Payload() data: ProgrammeCreatedV1, @Ctx() context: EventContext): Promise<void> {
    await this.upsertProgramme(context, data);
  }

  @OnEvent(programmeUpdatedV1)
  async onProgrammeUpdated(@Payload() data: ProgrammeCreatedV1, @Ctx() context: EventContext): Promise<void> {
    await this.upsertProgramme(context, data);
  }

  @OnEvent(membershipGrantedV1)
  async onMembershipGranted(
    @Payload() data: MembershipGrantedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await context.manager.query(
      `INSERT INTO programme_member (membership_id, programme_id, organisation_id, roles)
       VALUES ($1, $2, $3, $4) ON CONFLICT (membership_id) DO NOTHING`,
      [data.membershipId, data.programmeId, data.organisationId, data.roles],
    );
  }

  @OnEvent(membershipRevokedV1)
  async onMembershipRevoked(
    @Payload() data: MembershipRevokedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await context.manager.query(
      `INSERT INTO programme_member (membership_id, programme_id, organisation_id, roles, left_on)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (membership_id) DO UPDATE SET left_on = EXCLUDED.left_on`,
      [data.membershipId, data.programmeId, data.organisationId, data.roles, data.leftOn],
    );
  }

  private async upsertOrganisation(
    context: EventContext,
    data: Pick<OrganisationUpdatedV1, 'organisationId' | 'name' | 'type' | 'archived'>,
  ): Promise<void> {
    await context.manager.query(
      `INSERT INTO known_organisation (id, name, type, archived, last_event_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type, archived = EXCLUDED.archived,
                                      last_event_id = EXCLUDED.last_event_id`,
      [data.organisationId, data.name, data.type, data.archived, context.event.id],
    );
  }

  private async upsertProgramme(context: EventContext, data: ProgrammeCreatedV1): Promise<void> {
    await context.manager.query(
      `INSERT INTO known_programme (id, name, status, backbone_organisation_id, goal_ids, last_event_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, status = EXCLUDED.status,
         backbone_organisation_id = EXCLUDED.backbone_organisation_id, goal_ids = EXCLUDED.goal_ids,
         last_event_id = EXCLUDED.last_event_id`,
      [
        data.programmeId,
        data.name,
        data.status,
        data.backboneOrganisationId,
        data.goals.map((goal) => goal.id),
        context.event.id,
      ],
    );
  }
}
