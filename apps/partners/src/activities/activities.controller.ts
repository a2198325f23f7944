import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  registerActivitySchema,
  updateActivitySchema,
  type ActivityDto,
  type GoalMap,
  type RegisterActivity,
  type UpdateActivity,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { ActivitiesService } from './activities.service.js';

const activityFilter = z
  .object({ organisationId: z.uuid().optional(), goalId: z.uuid().optional() })
  .strict();

@Controller('programmes/:programmeId')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get('activities')
  list(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: activityFilter }) filter: z.infer<typeof activityFilter>,
  ): Promise<ActivityDto[]> {
    return this.activities.list(principal, programmeId, filter);
  }

  @Post('activities')
  @HttpCode(201)
  register(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: registerActivitySchema }) body: RegisterActivity,
  ): Promise<ActivityDto> {
    return this.activities.register(principal, programmeId, body);
  }

  @Patch('activities/:activityId')
  update(
    @Scoped('programmeId', 'activityId')
    { principal, programmeId, activityId }: Scoped<'programmeId' | 'activityId'>,
    @Body({ schema: updateActivitySchema }) body: UpdateActivity,
  ): Promise<ActivityDto> {
    return this.activities.update(principal, programmeId, activityId, body);
  }

  @Get('goal-map')
  goalMap(@Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>): Promise<GoalMap> {
    return this.activities.goalMap(principal, programmeId);
  }
}
