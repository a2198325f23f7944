import { PARTNERS_API } from '@samvirke/contracts';
import { startPartners, type PartnersFixture } from '../test/partners-api.fixture.js';

/** Every route the service answers is documented in libs/contracts, and nothing documented is missing. */
let partners: PartnersFixture;

beforeAll(async () => {
  partners = await startPartners('api_coverage');
}, 60_000);

afterAll(async () => {
  await partners?.close();
}, 60_000);

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

it('serves exactly the operations of PARTNERS_API (besides health and metrics)', () => {
  const express = partners.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  const served = express.router.stack
    .flatMap((layer) =>
      layer.route ? Object.keys(layer.route.methods).map((method) => `${method} ${layer.route!.path}`) : [],
    )
    .filter((route) => !/ \/(health|metrics)/.test(route))
    .sort();
  const documented = PARTNERS_API.operations
    .map((operation) => `${operation.method} ${operation.path.replace(/\{(\w+)\}/g, ':$1')}`)
    .sort();
  expect(served).toEqual(documented);
});
