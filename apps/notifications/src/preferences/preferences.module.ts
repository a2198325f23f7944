import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { PreferencesController } from './preferences.controller.js';
import { PreferencesService } from './preferences.service.js';

/** A user's language and, per category and channel, whether and how they hear of it. */
@Module({ imports: [UsersModule], controllers: [PreferencesController], providers: [PreferencesService] })
export class PreferencesModule {}
