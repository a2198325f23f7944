import { Module } from '@nestjs/common';
import { PUBLIC_PROJECTOR_GROUP, topicsOfGroup } from '@samvirke/contracts';
import { ProjectionService } from './projection.service.js';
import { PublicProjector } from './public-projector.consumer.js';

/**
 * The consumer that turns internal events into public ones: its Kafka group and inbox name. It
 * keeps the name it had when the projector ran inside the gateway, so a deployment that moves the
 * gateway's database to the feed carries on from its committed offsets and inbox instead of
 * publishing everything still on the topics a second time.
 */
export const PUBLIC_PROJECTOR = PUBLIC_PROJECTOR_GROUP;

/** The internal topics the projector reads. */
export const PROJECTED_TOPICS = topicsOfGroup(PUBLIC_PROJECTOR_GROUP);

/** The public projector: internal events in, public events (topic and feed) out. */
@Module({
  controllers: [PublicProjector],
  providers: [ProjectionService],
})
export class ProjectionModule {}
