import { Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import type { CalendarFeedDto, CalendarFeedWithToken } from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { Public } from '@samvirke/platform';
import { CalendarService } from './calendar.service.js';

@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('feed')
  feed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedDto> {
    return this.calendar.feed(principal);
  }

  @Post('feed')
  @HttpCode(201)
  renew(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedWithToken> {
    return this.calendar.renew(principal);
  }

  @Delete('feed')
  @HttpCode(204)
  revoke(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.calendar.revoke(principal);
  }

  /** Calendar programs cannot log in: the private token in the address is the key. */
  @Public()
  @Get('feeds/:token')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  ics(@Param('token', { schema: z.string().max(100) }) token: string): Promise<string> {
    return this.calendar.ics(token);
  }
}
