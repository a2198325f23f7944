import { Module } from '@nestjs/common';
import { GrantsController } from './grants.controller.js';
import { GrantsService } from './grants.service.js';

/** The feed's grants: which integration client reads which programme. */
@Module({
  controllers: [GrantsController],
  providers: [GrantsService],
  exports: [GrantsService],
})
export class GrantsModule {}
