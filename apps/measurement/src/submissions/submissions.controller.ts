import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
/** What of Fastify's reply the controller uses: setting a header. */
type Response = { header(name: string, value: string): unknown };
import { z } from 'zod';
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
import type { ResponseOptions } from './submissions.store.js';
import { SubmissionImportService } from './submission-import.service.js';
import { actorName } from './submission-workflow.js';
import { SubmissionsService } from './submissions.service.js';

const where = z.object({ programmeId: z.uuid(), periodId: z.uuid(), organisationId: z.uuid() });
type Where = z.infer<typeof where>;

/**
 * RFC 7240: `Prefer: return=minimal` leaves the values out of the answer (valueCount still says how
 * many were stored), for clients uploading large files that have the values already.
 */
function preference(prefer: string | undefined, response: Response): ResponseOptions {
  const minimal = /(^|[,\s])return=minimal\b/i.test(prefer ?? '');
  if (minimal) response.header('preference-applied', 'return=minimal');
  return { minimal };
}

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
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionDto> {
    return this.submissions.save(principal, params, jsonInput(body), preference(prefer, response));
  }

  /** The same as PUT, from a CSV file (text/csv): Danish Excel or plain comma-separated. */
  @Put('csv')
  saveCsv(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
    @Body() body: unknown,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionDto> {
    if (typeof body !== 'string') throw new UnsupportedMediaTypeException('Send the file as text/csv.');
    return this.submissions.save(principal, params, csvInput(body), preference(prefer, response));
  }

  @Post('submit')
  @HttpCode(200)
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionDto> {
    return this.submissions.submit(principal, params, preference(prefer, response));
  }

  @Post('approve')
  @HttpCode(200)
  approve(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionDto> {
    return this.submissions.decide(principal, params, { status: 'approved' }, preference(prefer, response));
  }

  @Post('return')
  @HttpCode(200)
  giveBack(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
    @Body({ schema: returnSubmissionSchema }) body: { comment: string },
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionDto> {
    const decision = { status: 'returned', comment: body.comment } as const;
    return this.submissions.decide(principal, params, decision, preference(prefer, response));
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
    @Param({ schema: where }) params: Where,
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
    @Param({ schema: where.omit({ organisationId: true }) }) params: Omit<Where, 'organisationId'>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { period, csv } = await this.submissions.template(principal, params);
    response.header('content-disposition', `attachment; filename="samvirke-${period}.csv"`);
    return csv;
  }
}
