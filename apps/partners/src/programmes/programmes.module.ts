import { Module } from '@nestjs/common';
import { ProgrammeAccess } from './programme-access.js';
import { ProgrammesController } from './programmes.controller.js';
import { ProgrammesService } from './programmes.service.js';

/** Programmes (their common agenda and goals), and who may see and manage each, which members and activities share. */
@Module({
  controllers: [ProgrammesController],
  providers: [ProgrammeAccess, ProgrammesService],
  exports: [ProgrammeAccess],
})
export class ProgrammesModule {}
