import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GrantsAccess } from './access/grants-access.js';
import { ApplicationsController } from './applications/applications.controller.js';
import { ApplicationsService } from './applications/applications.service.js';
import { AwardCompletion } from './awards/award-completion.js';
import { AwardConsentService } from './awards/award-consent.service.js';
import { AwardsController } from './awards/awards.controller.js';
import { AwardsService } from './awards/awards.service.js';
import { CallAnnouncer } from './calls/call-announcer.js';
import { GrantCallsController } from './calls/grant-calls.controller.js';
import { GrantCallsService } from './calls/grant-calls.service.js';
import { FundingController } from './funding/funding.controller.js';
import { FundingService } from './funding/funding.service.js';
import { ReviewsController } from './reviews/reviews.controller.js';
import { KnownUsersRecorder } from './reviews/known-users.js';
import { ReviewsService } from './reviews/reviews.service.js';
import { MeasurementEventsConsumer } from './tranches/measurement-events.consumer.js';
import { TrancheRelease } from './tranches/tranche-release.js';
import { TranchePaymentService } from './awards/tranche-payment.service.js';

/** Funding, calls, applications, reviews, awards and tranches of the programmes. */
@Module({
  controllers: [
    FundingController,
    GrantCallsController,
    ApplicationsController,
    ReviewsController,
    AwardsController,
    MeasurementEventsConsumer,
  ],
  providers: [
    GrantsAccess,
    FundingService,
    GrantCallsService,
    CallAnnouncer,
    ApplicationsService,
    ReviewsService,
    AwardsService,
    AwardCompletion,
    AwardConsentService,
    TranchePaymentService,
    TrancheRelease,
    { provide: APP_INTERCEPTOR, useClass: KnownUsersRecorder },
  ],
})
export class GrantsModule {}
