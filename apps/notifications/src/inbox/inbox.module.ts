import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { InboxController } from './inbox.controller.js';
import { InboxService } from './inbox.service.js';

/** Every signed-in user's in-app messages, and what they have read. */
@Module({ imports: [UsersModule], controllers: [InboxController], providers: [InboxService] })
export class InboxModule {}
