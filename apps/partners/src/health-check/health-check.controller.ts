import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  answerHealthCheckSchema,
  openHealthCheckRoundSchema,
  recordHealthCheckActionSchema,
  type AnswerHealthCheck,
  type HealthCheckActionDto,
  type HealthCheckQuestionnaireDto,
  type HealthCheckResultsDto,
  type HealthCheckRoundDto,
  type OpenHealthCheckRound,
  type RecordHealthCheckAction,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { HealthCheckService } from './health-check.service.js';

const Programme = () => Param('programmeId', { schema: z.uuid() });
const Round = () => Param('roundId', { schema: z.uuid() });

/** The collective impact health check of a programme: rounds, anonymous answers, results, follow-up actions. */
@Controller('programmes/:programmeId/health-check')
export class HealthCheckController {
  constructor(private readonly healthCheck: HealthCheckService) {}

  @Get('rounds')
  rounds(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
  ): Promise<HealthCheckRoundDto[]> {
    return this.healthCheck.rounds(who, programmeId);
  }

  @Post('rounds')
  @HttpCode(201)
  open(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Body({ schema: openHealthCheckRoundSchema }) body: OpenHealthCheckRound,
  ): Promise<HealthCheckRoundDto> {
    return this.healthCheck.openRound(who, programmeId, body);
  }

  @Post('rounds/:roundId/close')
  @HttpCode(200)
  close(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Round() roundId: string,
  ): Promise<HealthCheckRoundDto> {
    return this.healthCheck.closeRound(who, programmeId, roundId);
  }

  @Get('rounds/:roundId/questionnaire')
  questionnaire(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Round() roundId: string,
  ): Promise<HealthCheckQuestionnaireDto> {
    return this.healthCheck.questionnaire(who, programmeId, roundId);
  }

  @Post('rounds/:roundId/responses')
  @HttpCode(201)
  answer(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Round() roundId: string,
    @Body({ schema: answerHealthCheckSchema }) body: AnswerHealthCheck,
  ): Promise<{ roundId: string; responseCount: number }> {
    return this.healthCheck.answer(who, programmeId, roundId, body);
  }

  @Get('results')
  results(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
  ): Promise<HealthCheckResultsDto> {
    return this.healthCheck.results(who, programmeId);
  }

  @Get('actions')
  actions(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
  ): Promise<HealthCheckActionDto[]> {
    return this.healthCheck.actions(who, programmeId);
  }

  @Post('actions')
  @HttpCode(201)
  record(
    @CurrentPrincipal() who: Principal,
    @Programme() programmeId: string,
    @Body({ schema: recordHealthCheckActionSchema }) body: RecordHealthCheckAction,
  ): Promise<HealthCheckActionDto> {
    return this.healthCheck.recordAction(who, programmeId, body);
  }
}
