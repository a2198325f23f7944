import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FoundationBoardDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { boardAwards, boardCall, boardDecision, foundationBoard, requireBoardReader } from './board.rules.js';
import { BoardStore } from './board.store.js';

/** A foundation's grant pipeline across its calls in every programme, for its own grant team. */
@Injectable()
export class BoardService {
  constructor(private readonly dataSource: DataSource) {}

  async board(principal: Principal, organisationId: string): Promise<FoundationBoardDto> {
    requireBoardReader(principal, organisationId);
    // One snapshot: the figures of calls, decisions and tranches agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const store = new BoardStore(manager);
      const now = new Date();
      const calls = (await store.calls(organisationId)).map((row) => boardCall(row, now));
      const decisions = (await store.decisionsDue(organisationId)).map(boardDecision);
      const tranches = await store.unpaidTranches(organisationId);
      const paid = await store.paidOfAwards([...new Set(tranches.map((row) => row.award_id))]);
      const name = (await store.organisationName(organisationId)) ?? '';
      return foundationBoard(organisationId, name, calls, decisions, boardAwards(tranches, paid));
    });
  }
}
