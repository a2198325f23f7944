import type { INestApplication } from '@nestjs/common';
import type { ServiceApi } from '@samvirke/contracts';
import { servedRoutes } from '@samvirke/platform';

/**
 * The routes a service serves (besides health and metrics) and the operations its API list in
 * libs/contracts documents, both as sorted `get /programmes/:id` lines, for a test that they match.
 */
export function servedAndDocumented(
  app: INestApplication,
  api: ServiceApi,
): { served: string[]; documented: string[] } {
  const served = [...new Set(servedRoutes(app))].filter((route) => !/ \/(health|metrics)/.test(route)).sort();
  const documented = api.operations
    .map((operation) => `${operation.method} ${operation.path.replace(/\{(\w+)\}/g, ':$1')}`)
    .sort();
  return { served, documented };
}
