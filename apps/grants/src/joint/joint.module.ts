import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { JointController } from './joint.controller.js';
import { JointService } from './joint.service.js';

/** Joint applications: partners named by the lead applicant, each confirming its participation. */
@Module({
  imports: [ApplicationsModule],
  controllers: [JointController],
  providers: [JointService],
})
export class JointModule {}
