import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ApplicationsModule } from '../applications/applications.module.js';
import { KnownUsersRecorder } from './known-users.js';
import { ReviewsController } from './reviews.controller.js';
import { ReviewsService } from './reviews.service.js';

/** Reviewers of applications and their reviews; learns who may be assigned from every HTTP call. */
@Module({
  imports: [ApplicationsModule],
  controllers: [ReviewsController],
  providers: [ReviewsService, { provide: APP_INTERCEPTOR, useClass: KnownUsersRecorder }],
})
export class ReviewsModule {}
