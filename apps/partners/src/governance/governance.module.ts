import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ActionItemReminder } from './action-item-reminder.scheduler.js';
import { DecisionsService } from './decisions.service.js';
import { GovernanceController } from './governance.controller.js';
import { GovernanceService } from './governance.service.js';

/** A programme's governance: bodies, meetings, decisions and action items with reminders. */
@Module({
  imports: [ProgrammesModule],
  controllers: [GovernanceController],
  providers: [GovernanceService, DecisionsService, ActionItemReminder],
})
export class GovernanceModule {}
