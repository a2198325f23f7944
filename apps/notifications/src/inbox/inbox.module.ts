import { Module } from '@nestjs/common';
import { InboxController } from './inbox.controller.js';
import { InboxService } from './inbox.service.js';

/** Every signed-in user's in-app messages, and what they have read. */
@Module({ controllers: [InboxController], providers: [InboxService] })
export class InboxModule {}
