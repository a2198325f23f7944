import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import {
  returnSubmissionSchema,
  saveSubmissionSchema,
  type SaveSubmission,
  type SubmissionDto,
  type SubmissionHistory,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { SubmissionsService } from './submissions.service.js';

const where = z.object({ programmeId: z.uuid(), periodId: z.uuid(), organisationId: z.uuid() });
type Where = z.infer<typeof where>;

@Controller('programmes/:programmeId/periods/:periodId/submissions/:organisationId')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get()
  history(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
  ): Promise<SubmissionHistory> {
    return this.submissions.history(principal, params);
  }

  /** Saves the organisation's values as a draft (a new version after a decision). */
  @Put()
  save(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
    @Body({ schema: saveSubmissionSchema }) body: SaveSubmission,
  ): Promise<SubmissionDto> {
    return this.submissions.save(principal, params, body);
  }

  /** The same as PUT, from a CSV file (text/csv): Danish Excel or plain comma-separated. */
  @Put('csv')
  saveCsv(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
    @Body() body: unknown,
  ): Promise<SubmissionDto> {
    if (typeof body !== 'string') throw new UnsupportedMediaTypeException('Send the file as text/csv.');
    return this.submissions.saveCsv(principal, params, body);
  }

  @Post('submit')
  @HttpCode(200)
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
  ): Promise<SubmissionDto> {
    return this.submissions.submit(principal, params);
  }

  @Post('approve')
  @HttpCode(200)
  approve(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
  ): Promise<SubmissionDto> {
    return this.submissions.decide(principal, params, 'approved');
  }

  @Post('return')
  @HttpCode(200)
  giveBack(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
    @Body({ schema: returnSubmissionSchema }) body: { comment: string },
  ): Promise<SubmissionDto> {
    return this.submissions.decide(principal, params, 'returned', body.comment);
  }
}

@Controller('programmes/:programmeId/periods/:periodId')
export class SubmissionTemplateController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get('template.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  async template(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where.omit({ organisationId: true }) }) params: Omit<Where, 'organisationId'>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { period, csv } = await this.submissions.template(principal, params.programmeId, params.periodId);
    response.setHeader('content-disposition', `attachment; filename="samvirke-${period}.csv"`);
    return csv;
  }
}
