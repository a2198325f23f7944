import { Module } from '@nestjs/common';
import { GrantsAccess } from '../access/grants-access.js';
import { VisibleAwards } from '../awards/award-visibility.js';
import { TranchesModule } from '../tranches/tranches.module.js';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsService } from './agreements.service.js';

/** The grant agreements of made awards and the grantees' acceptances. */
@Module({
  imports: [TranchesModule],
  controllers: [AgreementsController],
  providers: [GrantsAccess, VisibleAwards, AgreementsService],
})
export class AgreementsModule {}
