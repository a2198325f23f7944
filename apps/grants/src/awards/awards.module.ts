import { Module } from '@nestjs/common';
import { GrantsAccess } from '../access/grants-access.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { TranchesModule } from '../tranches/tranches.module.js';
import { AwardAmendmentDecisionsService } from './award-amendment-decisions.service.js';
import { AwardAmendmentsController } from './award-amendments.controller.js';
import { AwardAmendmentsService } from './award-amendments.service.js';
import { AwardRefundsService } from './award-refunds.service.js';
import { AwardCompletion } from './award-completion.service.js';
import { AwardConsentService } from './award-consent.service.js';
import { AwardsController } from './awards.controller.js';
import { AwardsService } from './awards.service.js';
import { TranchePaymentService } from './tranche-payment.service.js';
import { VisibleAwards } from './award-visibility.js';

/** Awards of applications, their co-funders' consent, the payment of their tranches, amendments and refunds. */
@Module({
  imports: [ApplicationsModule, TranchesModule],
  controllers: [AwardsController, AwardAmendmentsController],
  providers: [
    GrantsAccess,
    VisibleAwards,
    AwardsService,
    AwardCompletion,
    AwardConsentService,
    TranchePaymentService,
    AwardAmendmentsService,
    AwardAmendmentDecisionsService,
    AwardRefundsService,
  ],
})
export class AwardsModule {}
