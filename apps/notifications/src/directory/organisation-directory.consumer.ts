import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { organisationRegisteredV1, type OrganisationRegisteredV1 } from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';
import { KnownOrganisation } from './known-organisation.entity.js';

@Controller()
export class OrganisationDirectoryConsumer {
  @OnEvent(organisationRegisteredV1)
  async onOrganisationRegistered(
    @Payload() data: OrganisationRegisteredV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await context.manager.upsert(
      KnownOrganisation,
      {
        id: data.organisationId,
        name: data.name,
        type: data.type,
        registeredAt: new Date(data.registeredAt),
        lastEventId: context.event.id,
      },
      ['id'],
    );
  }
}
