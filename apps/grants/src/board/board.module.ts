import { Module } from '@nestjs/common';
import { BoardController } from './board.controller.js';
import { BoardService } from './board.service.js';

/** The foundation's board view (Bestyrelsesoverblik in the portal). */
@Module({ controllers: [BoardController], providers: [BoardService] })
export class BoardModule {}
