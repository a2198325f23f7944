import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  createActionItemSchema,
  createBodySchema,
  decisionLogQuerySchema,
  recordDecisionSchema,
  recordMinutesSchema,
  replaceBodyMembersSchema,
  scheduleMeetingSchema,
  type ActionItemDto,
  type BodyDto,
  type CreateActionItem,
  type CreateBody,
  type DecisionDto,
  type MeetingDto,
  type RecordDecision,
  type ScheduleMeeting,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { DecisionsService } from './decisions.service.js';
import { GovernanceService } from './governance.service.js';

/** Bodies, meetings, the decision log and action items of a programme. */
@Controller('programmes/:programmeId/governance')
export class GovernanceController {
  constructor(
    private readonly governance: GovernanceService,
    private readonly decisions: DecisionsService,
  ) {}

  @Get('bodies')
  bodies(@Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>): Promise<BodyDto[]> {
    return this.governance.listBodies(principal, programmeId);
  }

  @Post('bodies')
  @HttpCode(201)
  createBody(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: createBodySchema }) body: CreateBody,
  ): Promise<BodyDto> {
    return this.governance.createBody(principal, programmeId, body);
  }

  @Put('bodies/:bodyId/members')
  replaceMembers(
    @Scoped('programmeId', 'bodyId')
    { principal, programmeId, bodyId }: Scoped<'programmeId' | 'bodyId'>,
    @Body({ schema: replaceBodyMembersSchema }) body: Pick<CreateBody, 'members'>,
  ): Promise<BodyDto> {
    return this.governance.replaceMembers(principal, programmeId, bodyId, body.members);
  }

  @Get('meetings')
  meetings(@Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>): Promise<MeetingDto[]> {
    return this.governance.listMeetings(principal, programmeId);
  }

  @Post('meetings')
  @HttpCode(201)
  schedule(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: scheduleMeetingSchema }) body: ScheduleMeeting,
  ): Promise<MeetingDto> {
    return this.governance.scheduleMeeting(principal, programmeId, body);
  }

  @Get('meetings/:meetingId')
  async meeting(
    @Scoped('programmeId', 'meetingId')
    { principal, programmeId, meetingId }: Scoped<'programmeId' | 'meetingId'>,
  ): Promise<MeetingDto | undefined> {
    const [meeting] = await this.governance.listMeetings(principal, programmeId, meetingId);
    return meeting;
  }

  @Put('meetings/:meetingId/minutes')
  minutes(
    @Scoped('programmeId', 'meetingId')
    { principal, programmeId, meetingId }: Scoped<'programmeId' | 'meetingId'>,
    @Body({ schema: recordMinutesSchema }) body: { minutes: string },
  ): Promise<MeetingDto> {
    return this.governance.recordMinutes(principal, programmeId, meetingId, body.minutes);
  }

  @Get('decisions')
  decisionLog(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: decisionLogQuerySchema }) filter: z.infer<typeof decisionLogQuerySchema>,
  ): Promise<DecisionDto[]> {
    return this.decisions.decisions(principal, programmeId, filter);
  }

  @Post('decisions')
  @HttpCode(201)
  decide(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: recordDecisionSchema }) body: RecordDecision,
  ): Promise<DecisionDto> {
    return this.decisions.recordDecision(principal, programmeId, body);
  }

  @Get('action-items')
  actionItems(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<ActionItemDto[]> {
    return this.decisions.actionItems(principal, programmeId);
  }

  @Post('action-items')
  @HttpCode(201)
  assign(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: createActionItemSchema }) body: CreateActionItem,
  ): Promise<ActionItemDto> {
    return this.decisions.createActionItem(principal, programmeId, body);
  }

  @Post('action-items/:actionItemId/done')
  @HttpCode(200)
  done(
    @Scoped('programmeId', 'actionItemId')
    { principal, programmeId, actionItemId: id }: Scoped<'programmeId' | 'actionItemId'>,
  ): Promise<ActionItemDto> {
    return this.decisions.complete(principal, programmeId, id);
  }
}
