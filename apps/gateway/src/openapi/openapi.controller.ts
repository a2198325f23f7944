import { Controller, Get, Inject } from '@nestjs/common';
import { buildAsyncApiDocument, buildOpenApiDocument, EVENT_REGISTRY, HTTP_APIS } from '@samvirke/contracts';
import { Public } from '@samvirke/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config.js';

/**
 * The API documents, built once at start from libs/contracts: OpenAPI 3.1 for the HTTP API (every
 * list in HTTP_APIS) and AsyncAPI 3.0 for the Kafka topics (every event in EVENT_REGISTRY).
 */
@Public()
@Controller()
export class OpenApiController {
  private readonly openApiDocument: Record<string, unknown>;
  private readonly asyncApiDocument: Record<string, unknown>;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.openApiDocument = buildOpenApiDocument(
      HTTP_APIS,
      `http://${config.GATEWAY_HOST}:${config.GATEWAY_PORT}`,
    );
    this.asyncApiDocument = buildAsyncApiDocument(EVENT_REGISTRY, {
      brokers: config.KAFKA_BROKERS.split(',').map((broker) => broker.trim()),
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
    });
  }

  @Get('openapi.json')
  openApi(): Record<string, unknown> {
    return this.openApiDocument;
  }

  @Get('asyncapi.json')
  asyncApi(): Record<string, unknown> {
    return this.asyncApiDocument;
  }
}
