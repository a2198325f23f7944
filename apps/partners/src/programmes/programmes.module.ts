import { Module } from '@nestjs/common';
import { ActivitiesController } from '../activities/activities.controller.js';
import { ActivitiesService } from '../activities/activities.service.js';
import { MembershipsController } from '../memberships/memberships.controller.js';
import { MembershipsService } from '../memberships/memberships.service.js';
import { ProgrammeAccess } from './programme-access.js';
import { ProgrammesController } from './programmes.controller.js';
import { ProgrammesService } from './programmes.service.js';

/** Programmes with their members and activities, which share the programme's access rules. */
@Module({
  controllers: [ProgrammesController, MembershipsController, ActivitiesController],
  providers: [ProgrammeAccess, ProgrammesService, MembershipsService, ActivitiesService],
})
export class ProgrammesModule {}
