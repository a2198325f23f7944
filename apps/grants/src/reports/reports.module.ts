import { Module } from '@nestjs/common';
import { GrantsAccess } from '../access/grants-access.js';
import { VisibleAwards } from '../awards/award-visibility.js';
import { TranchesModule } from '../tranches/tranches.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** The grantees' narrative and financial reports on made awards and the funder's decisions on them. */
@Module({
  imports: [TranchesModule],
  controllers: [ReportsController],
  providers: [GrantsAccess, VisibleAwards, ReportsService],
})
export class ReportsModule {}
