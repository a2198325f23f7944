import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { HealthCheckCloser } from './health-check-closer.scheduler.js';
import { HealthCheckController } from './health-check.controller.js';
import { HealthCheckService } from './health-check.service.js';

/** The collective impact health check: anonymous partner survey rounds, results and follow-up actions. */
@Module({
  imports: [ProgrammesModule],
  controllers: [HealthCheckController],
  providers: [HealthCheckService, HealthCheckCloser],
})
export class HealthCheckModule {}
