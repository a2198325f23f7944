import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { ParentApprovalQueueController, ParentApprovalsController } from './parent-approvals.controller.js';
import { ParentApprovalsService } from './parent-approvals.service.js';

/** Two-level approval: a sub-unit's municipality approves or returns its submission before the backbone. */
@Module({
  imports: [MeasurementProgrammeAccessModule, SubmissionsModule],
  controllers: [ParentApprovalQueueController, ParentApprovalsController],
  providers: [ParentApprovalsService],
})
export class ParentApprovalsModule {}
