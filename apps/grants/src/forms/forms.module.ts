import { Module } from '@nestjs/common';
import { GrantsAccess } from '../access/grants-access.js';
import { FormsController } from './forms.controller.js';
import { FormsService } from './forms.service.js';

/** Calls' own application forms; exports the checks of an application's answers (applications ask). */
@Module({
  controllers: [FormsController],
  providers: [GrantsAccess, FormsService],
  exports: [FormsService],
})
export class FormsModule {}
