import type { INestApplication } from '@nestjs/common';
import { connectEventConsumer } from '@samvirke/messaging';
import { createHttpApp } from '@samvirke/platform';
import { AppModule } from './app.module.js';
import { PROJECTED_TOPICS, PUBLIC_PROJECTOR } from './projection/projection.module.js';

/** The feed's application with its public projector attached and consuming (not yet listening). */
export async function createFeedApp(): Promise<INestApplication> {
  const app = await createHttpApp(AppModule, { service: 'feed' });
  connectEventConsumer(app, { consumer: PUBLIC_PROJECTOR, topics: PROJECTED_TOPICS });
  await app.startAllMicroservices();
  return app;
}
