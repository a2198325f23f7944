import { servedAndDocumented } from '@samvirke/testing';
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

it('serves exactly the operations of PARTNERS_API (besides health and metrics)', () => {
  const { served, documented } = servedAndDocumented(partners.app, PARTNERS_API);
  expect(served).toEqual(documented);
});
