import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
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
import { Scoped } from '@samvirke/auth';
import { HealthCheckService } from './health-check.service.js';

/** The collective impact health check of a programme: rounds, anonymous answers, results, follow-up actions. */
@Controller('programmes/:programmeId/health-check')
export class HealthCheckController {
  constructor(private readonly healthCheck: HealthCheckService) {}

  @Get('rounds')
  rounds(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<HealthCheckRoundDto[]> {
    return this.healthCheck.rounds(principal, programmeId);
  }

  @Post('rounds')
  @HttpCode(201)
  open(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: openHealthCheckRoundSchema }) body: OpenHealthCheckRound,
  ): Promise<HealthCheckRoundDto> {
    return this.healthCheck.openRound(principal, programmeId, body);
  }

  @Post('rounds/:roundId/close')
  @HttpCode(200)
  close(
    @Scoped('programmeId', 'roundId')
    { principal, programmeId, roundId }: Scoped<'programmeId' | 'roundId'>,
  ): Promise<HealthCheckRoundDto> {
    return this.healthCheck.closeRound(principal, programmeId, roundId);
  }

  @Get('rounds/:roundId/questionnaire')
  questionnaire(
    @Scoped('programmeId', 'roundId')
    { principal, programmeId, roundId }: Scoped<'programmeId' | 'roundId'>,
  ): Promise<HealthCheckQuestionnaireDto> {
    return this.healthCheck.questionnaire(principal, programmeId, roundId);
  }

  @Post('rounds/:roundId/responses')
  @HttpCode(201)
  answer(
    @Scoped('programmeId', 'roundId')
    { principal, programmeId, roundId }: Scoped<'programmeId' | 'roundId'>,
    @Body({ schema: answerHealthCheckSchema }) body: AnswerHealthCheck,
  ): Promise<{ roundId: string; responseCount: number }> {
    return this.healthCheck.answer(principal, programmeId, roundId, body);
  }

  @Get('results')
  results(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<HealthCheckResultsDto> {
    return this.healthCheck.results(principal, programmeId);
  }

  @Get('actions')
  actions(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<HealthCheckActionDto[]> {
    return this.healthCheck.actions(principal, programmeId);
  }

  @Post('actions')
  @HttpCode(201)
  record(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: recordHealthCheckActionSchema }) body: RecordHealthCheckAction,
  ): Promise<HealthCheckActionDto> {
    return this.healthCheck.recordAction(principal, programmeId, body);
  }
}
