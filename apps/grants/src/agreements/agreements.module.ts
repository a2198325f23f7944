import { Module } from '@nestjs/common';
import { GrantsAccess } from '../access/grants-access.js';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsService } from './agreements.service.js';

/** The grant agreements of made awards and the grantees' acceptances. */
@Module({
  controllers: [AgreementsController],
  providers: [GrantsAccess, AgreementsService],
})
export class AgreementsModule {}
