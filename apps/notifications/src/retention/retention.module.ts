import { Module } from '@nestjs/common';
import { NotificationsRetention } from './retention.scheduler.js';

@Module({ providers: [NotificationsRetention], exports: [NotificationsRetention] })
export class RetentionModule {}
