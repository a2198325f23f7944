import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { unsubscribeTokenSchema, type UnsubscribeLinkDto } from '@samvirke/contracts';
import { Public } from '@samvirke/platform';
import { UnsubscribeService } from './unsubscribe.service.js';

/**
 * The reader of an e-mail is not logged in: the signed token in the address is the key. The body
 * of the one-click POST (`List-Unsubscribe=One-Click`) is not read; the token says everything.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Public()
  @Get(':token')
  describe(@Param('token', { schema: unsubscribeTokenSchema }) token: string): Promise<UnsubscribeLinkDto> {
    return this.unsubscribes.describe(token);
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  unsubscribe(
    @Param('token', { schema: unsubscribeTokenSchema }) token: string,
  ): Promise<UnsubscribeLinkDto> {
    return this.unsubscribes.unsubscribe(token);
  }
}
