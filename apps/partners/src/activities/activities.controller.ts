import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  registerActivitySchema,
  updateActivitySchema,
  type ActivityDto,
  type GoalMap,
  type RegisterActivity,
  type UpdateActivity,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { ActivitiesService } from './activities.service.js';

const activityFilter = z
  .object({ organisationId: z.uuid().optional(), goalId: z.uuid().optional() })
  .strict();

@Controller('programmes/:programmeId')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get('activities')
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Query({ schema: activityFilter }) filter: z.infer<typeof activityFilter>,
  ): Promise<ActivityDto[]> {
    return this.activities.list(principal, programmeId, filter);
  }

  @Post('activities')
  @HttpCode(201)
  register(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Body({ schema: registerActivitySchema }) body: RegisterActivity,
  ): Promise<ActivityDto> {
    return this.activities.register(principal, programmeId, body);
  }

  @Patch('activities/:activityId')
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Param('activityId', { schema: z.uuid() }) activityId: string,
    @Body({ schema: updateActivitySchema }) body: UpdateActivity,
  ): Promise<ActivityDto> {
    return this.activities.update(principal, programmeId, activityId, body);
  }

  @Get('goal-map')
  goalMap(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<GoalMap> {
    return this.activities.goalMap(principal, programmeId);
  }
}
