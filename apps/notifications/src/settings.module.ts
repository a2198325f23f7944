import { Global, Module } from '@nestjs/common';
import { NOTIFICATIONS_CONFIG, notificationsConfig } from './config.js';

/** The validated configuration, read once at start. */
@Global()
@Module({
  providers: [{ provide: NOTIFICATIONS_CONFIG, useFactory: () => notificationsConfig() }],
  exports: [NOTIFICATIONS_CONFIG],
})
export class SettingsModule {}
