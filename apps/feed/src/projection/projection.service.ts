import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  PUBLIC_ORGANISATIONS_TOPIC,
  publicProgrammeTopic,
  type PublicEventDefinition,
} from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { insertEntry, rememberProgramme, takeNextPosition } from './projection.store.js';

/** Records public events: on their public topic (through the outbox) and in the feed, together. */
@Injectable()
export class ProjectionService {
  constructor(private readonly outbox: EventOutbox) {}

  /**
   * Records a public event in the caller's transaction: through the outbox (the relay publishes
   * it to its public topic, and a copy to its programme's own topic or, about no programme, the
   * organisations topic: what integrations read on Kafka) and as the next feed entry. The sequence row is locked first, so
   * concurrent transactions commit their positions in order.
   */
  async publish<D extends PublicEventDefinition>(
    manager: EntityManager,
    definition: D,
    data: z.input<D['schema']>,
    options: { subject: string; programmeId?: string },
  ): Promise<void> {
    const position = await takeNextPosition(manager);
    const alsoOn = [
      options.programmeId ? publicProgrammeTopic(options.programmeId) : PUBLIC_ORGANISATIONS_TOPIC,
    ];
    const event = await this.outbox.record(manager, definition, data, { ...options, alsoOn });
    await insertEntry(manager, position, event, options.programmeId);
  }

  /** Grants may only name programmes the feed has heard of. */
  async rememberProgramme(
    manager: EntityManager,
    programme: { id: string; name: string; lastEventId: string },
  ): Promise<void> {
    await rememberProgramme(manager, programme);
  }
}
