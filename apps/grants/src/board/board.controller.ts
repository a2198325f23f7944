import { Controller, Get } from '@nestjs/common';
import type { FoundationBoardDto } from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { UuidParam } from '@samvirke/platform';
import { BoardService } from './board.service.js';

@Controller()
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get('foundations/:organisationId/board')
  @Roles('foundation-officer', 'platform-admin')
  get(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('organisationId') organisationId: string,
  ): Promise<FoundationBoardDto> {
    return this.board.board(principal, organisationId);
  }
}
