import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  importSubmissionSchema,
  listSubmissionsQuerySchema,
  returnSubmissionSchema,
  saveSubmissionSchema,
  type ImportSubmission,
  type ListSubmissionsQuery,
  type Page,
  type SaveSubmission,
  type SubmissionDto,
  type SubmissionHistory,
  type SubmissionListItem,
} from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal, Scoped } from '@samvirke/auth';
import { csvInput, jsonInput } from './submission-input.js';
import {
  ReturnPreference,
  SubmissionParams,
  submissionWhere,
  type SubmissionWhere,
} from './submission-route.js';
import type { ResponseOptions } from './submissions.store.js';
import { SubmissionImportService } from './submission-import.service.js';
import { actorName } from './submission-workflow.js';
import { SubmissionsService } from './submissions.service.js';

/** What of Fastify's reply the template uses: setting a header. */
type Response = { header(name: string, value: string): unknown };

/** Every submission of a programme that the caller may read, latest versions only. */
@Controller('programmes/:programmeId/submissions')
export class ProgrammeSubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get()
  list(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: listSubmissionsQuerySchema }) query: ListSubmissionsQuery,
  ): Promise<Page<SubmissionListItem>> {
    return this.submissions.list(principal, programmeId, query);
  }
}

@Controller('programmes/:programmeId/periods/:periodId/submissions/:organisationId')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get()
  history(
    @CurrentPrincipal() principal: Principal,
    @SubmissionParams() params: SubmissionWhere,
  ): Promise<SubmissionHistory> {
    return this.submissions.history(principal, params);
  }

  /** Saves the organisation's values as a draft (a new version after a decision). */
  @Put()
  save(
    @CurrentPrincipal() principal: Principal,
    @SubmissionParams() params: SubmissionWhere,
    @Body({ schema: saveSubmissionSchema }) body: SaveSubmission,
    @ReturnPreference() options: ResponseOptions,
  ): Promise<SubmissionDto> {
    return this.submissions.save(principal, params, jsonInput(body), options);
  }

  /** The same as PUT, from a CSV file (text/csv): Danish Excel or plain comma-separated. */
  @Put('csv')
  saveCsv(
    @CurrentPrincipal() principal: Principal,
    @SubmissionParams() params: SubmissionWhere,
    @Body() body: unknown,
    @ReturnPreference() options: ResponseOptions,
  ): Promise<SubmissionDto> {
    if (typeof body !== 'string') throw new UnsupportedMediaTypeException('Send the file as text/csv.');
    return this.submissions.save(principal, params, csvInput(body), options);
  }

  @Post('submit')
  @HttpCode(200)
  submit(
    @CurrentPrincipal() principal: Principal,
    @SubmissionParams() params: SubmissionWhere,
    @ReturnPreference() options: ResponseOptions,
  ): Promise<SubmissionDto> {
    return this.submissions.submit(principal, params, options);
  }

  @Post('approve')
  @HttpCode(200)
  approve(
    @CurrentPrincipal() principal: Principal,
    @SubmissionParams() params: SubmissionWhere,
    @ReturnPreference() options: ResponseOptions,
  ): Promise<SubmissionDto> {
    return this.submissions.decide(principal, params, { status: 'approved' }, options);
  }

  @Post('return')
  @HttpCode(200)
  giveBack(
    @CurrentPrincipal() principal: Principal,
    @SubmissionParams() params: SubmissionWhere,
    @Body({ schema: returnSubmissionSchema }) body: { comment: string },
    @ReturnPreference() options: ResponseOptions,
  ): Promise<SubmissionDto> {
    const decision = { status: 'returned', comment: body.comment } as const;
    return this.submissions.decide(principal, params, decision, options);
  }
}

/** A report made before the programme came onto Samvirke, imported by a platform admin. */
@Controller('programmes/:programmeId/periods/:periodId/submissions/:organisationId/import')
export class SubmissionImportController {
  constructor(private readonly imports: SubmissionImportService) {}

  @Post()
  @HttpCode(201)
  @Roles('platform-admin')
  import(
    @CurrentPrincipal() principal: Principal,
    @SubmissionParams() params: SubmissionWhere,
    @Body({ schema: importSubmissionSchema }) body: ImportSubmission,
  ): Promise<SubmissionHistory> {
    return this.imports.import(params, body, actorName(principal));
  }
}

@Controller('programmes/:programmeId/periods/:periodId')
export class SubmissionTemplateController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get('template.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  async template(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: submissionWhere.omit({ organisationId: true }) })
    params: Omit<SubmissionWhere, 'organisationId'>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { period, csv } = await this.submissions.template(principal, params);
    response.header('content-disposition', `attachment; filename="samvirke-${period}.csv"`);
    return csv;
  }
}
