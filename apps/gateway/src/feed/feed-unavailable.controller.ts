import { All, Controller, Inject, ServiceUnavailableException } from '@nestjs/common';
import { Roles } from '@samvirke/auth';

export const FEED_UNAVAILABLE = Symbol('FEED_UNAVAILABLE');

/** When the gateway runs without its database, the feed's routes say so instead of 404. */
@Controller('api/feed')
export class FeedUnavailableController {
  constructor(@Inject(FEED_UNAVAILABLE) private readonly reason: string) {}

  @All('*path')
  @Roles('integration', 'platform-admin')
  unavailable(): never {
    throw new ServiceUnavailableException(`The event feed is not running on this gateway: ${this.reason}.`);
  }
}
