import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthenticatedRequest, ROLES, Roles } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { GATEWAY_CONFIG, type GatewayConfig, upstreamTargets } from '../config.js';
import { isServiceInternalPath } from './internal-paths.js';
import { UpstreamClient } from './upstream.client.js';

/**
 * /api/<service>/<path> → the owning service. The gateway only checks that the caller holds a
 * platform role; the service decides whether this caller may touch this data.
 */
@Controller('api')
export class ProxyController {
  private readonly targets: ReadonlyMap<string, URL>;

  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    private readonly upstream: UpstreamClient,
  ) {
    this.targets = upstreamTargets(config);
  }

  @All(':service/*path')
  @Roles(...ROLES)
  async forward(@Req() request: AuthenticatedRequest, @Res() response: Response): Promise<void> {
    const service = String(request.params['service']);
    const base = this.targets.get(service);
    if (!base) throw new DomainError('not-found', `There is no service called ${service}.`);
    const prefix = `/api/${service}`;
    const rest = request.originalUrl.slice(request.originalUrl.indexOf(prefix) + prefix.length);
    if (isServiceInternalPath(rest))
      throw new DomainError('not-found', `There is no ${service} API at this path.`);
    const body =
      !['GET', 'HEAD'].includes(request.method) && Buffer.isBuffer(request.body) && request.body.length > 0
        ? request.body
        : undefined;
    await this.upstream.forward(request, response, base, rest, body);
  }
}
