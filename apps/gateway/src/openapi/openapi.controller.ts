import { Controller, Get, Inject } from '@nestjs/common';
import { buildOpenApiDocument, MEASUREMENT_API, PARTNERS_API } from '@samvirke/contracts';
import { Public } from '@samvirke/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config.js';

/** Every service's operations, as listed in libs/contracts. */
export const GATEWAY_APIS = [PARTNERS_API, MEASUREMENT_API];

/** The OpenAPI 3.1 document of the HTTP API, built from the contract schemas. */
@Public()
@Controller()
export class OpenApiController {
  private readonly document: Record<string, unknown>;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.document = buildOpenApiDocument(
      GATEWAY_APIS,
      `http://${config.GATEWAY_HOST}:${config.GATEWAY_PORT}`,
    );
  }

  @Get('openapi.json')
  openApi(): Record<string, unknown> {
    return this.document;
  }
}
