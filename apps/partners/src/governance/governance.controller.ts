import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
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
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { DecisionsService } from './decisions.service.js';
import { GovernanceService } from './governance.service.js';

const Programme = () => Param('programmeId', { schema: z.uuid() });
const Id = (name: string) => Param(name, { schema: z.uuid() });

/** Bodies, meetings, the decision log and action items of a programme. */
@Controller('programmes/:programmeId/governance')
export class GovernanceController {
  constructor(
    private readonly governance: GovernanceService,
    private readonly decisions: DecisionsService,
  ) {}

  @Get('bodies')
  bodies(@CurrentPrincipal() who: Principal, @Programme() programmeId: string): Promise<BodyDto[]> {
    return this.governance.listBodies(who, programmeId);
  }

  @Post('bodies')
  @HttpCode(201)
  createBody(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Body({ schema: createBodySchema }) body: CreateBody,
  ): Promise<BodyDto> {
    return this.governance.createBody(who, programmeId, body);
  }

  @Put('bodies/:bodyId/members')
  replaceMembers(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Id('bodyId') bodyId: string,
    @Body({ schema: replaceBodyMembersSchema }) body: Pick<CreateBody, 'members'>,
  ): Promise<BodyDto> {
    return this.governance.replaceMembers(who, programmeId, bodyId, body.members);
  }

  @Get('meetings')
  meetings(@CurrentPrincipal() who: Principal, @Programme() programmeId: string): Promise<MeetingDto[]> {
    return this.governance.listMeetings(who, programmeId);
  }

  @Post('meetings')
  @HttpCode(201)
  schedule(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Body({ schema: scheduleMeetingSchema }) body: ScheduleMeeting,
  ): Promise<MeetingDto> {
    return this.governance.scheduleMeeting(who, programmeId, body);
  }

  @Get('meetings/:meetingId')
  async meeting(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Id('meetingId') meetingId: string,
  ): Promise<MeetingDto | undefined> {
    const [meeting] = await this.governance.listMeetings(who, programmeId, meetingId);
    return meeting;
  }

  @Put('meetings/:meetingId/minutes')
  minutes(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Id('meetingId') meetingId: string,
    @Body({ schema: recordMinutesSchema }) body: { minutes: string },
  ): Promise<MeetingDto> {
    return this.governance.recordMinutes(who, programmeId, meetingId, body.minutes);
  }

  @Get('decisions')
  decisionLog(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Query({ schema: decisionLogQuerySchema }) filter: z.infer<typeof decisionLogQuerySchema>,
  ): Promise<DecisionDto[]> {
    return this.decisions.decisions(who, programmeId, filter);
  }

  @Post('decisions')
  @HttpCode(201)
  decide(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Body({ schema: recordDecisionSchema }) body: RecordDecision,
  ): Promise<DecisionDto> {
    return this.decisions.recordDecision(who, programmeId, body);
  }

  @Get('action-items')
  actionItems(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
  ): Promise<ActionItemDto[]> {
    return this.decisions.actionItems(who, programmeId);
  }

  @Post('action-items')
  @HttpCode(201)
  assign(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Body({ schema: createActionItemSchema }) body: CreateActionItem,
  ): Promise<ActionItemDto> {
    return this.decisions.createActionItem(who, programmeId, body);
  }

  @Post('action-items/:actionItemId/done')
  @HttpCode(200)
  done(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Id('actionItemId') id: string,
  ): Promise<ActionItemDto> {
    return this.decisions.complete(who, programmeId, id);
  }
}
