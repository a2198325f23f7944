import { servedAndDocumented } from '@samvirke/testing';
import { DataSource } from 'typeorm';
import { MEASUREMENT_API, type IndicatorDto, type Page } from '@samvirke/contracts';
import {
  measurementSuite,
  pointers,
  STANDARD_INDICATORS,
  type Problem,
} from '../../test/measurement-api.fixture.js';

/** The shared indicator library through the HTTP API, with real Keycloak tokens. */
const ctx = measurementSuite('indicators');

describe('indicator library', () => {
  const [youthHomeless, targetGroup, shareInEducation] = STANDARD_INDICATORS;

  it('lets a backbone coordinator define an indicator and anyone signed in read it', async () => {
    const created = await ctx.call<IndicatorDto>('coordinator', 'POST', '/indicators', youthHomeless);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'hjemloese-unge',
      sensitive: true,
      min: 0,
      max: null,
      scale: 0,
    });
    const read = await ctx.call<IndicatorDto>('reporterAarhus', 'GET', `/indicators/${created.body.id}`);
    expect(read.body.disaggregations[0]?.values).toEqual(['kvinde', 'mand', 'andet']);
    const listed = await ctx.call<Page<IndicatorDto>>('member', 'GET', '/indicators?q=hjeml');
    expect(listed.body.items.map((item) => item.code)).toEqual(['hjemloese-unge']);
  });

  it('defines a weighted mean against its denominator indicator', async () => {
    await ctx.call('admin', 'POST', '/indicators', targetGroup);
    const share = await ctx.call<IndicatorDto>('admin', 'POST', '/indicators', shareInEducation);
    expect(share.status).toBe(201);
    expect(share.body.denominatorCode).toBe('unge-i-maalgruppe');
  });

  it('names every bad field, refuses a taken code and an unknown denominator, and writes nothing', async () => {
    const dataSource = ctx.app.get(DataSource);
    const [before] = await dataSource.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM indicator`,
    );
    const bad = await ctx.call<Problem>('admin', 'POST', '/indicators', {
      ...youthHomeless,
      code: 'Hjemløse Unge',
      unit: 'people',
      valueType: 'integer',
      scale: 2,
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/code', '/colour', '/unit']);
    const semantic = await ctx.call<Problem>('admin', 'POST', '/indicators', {
      ...youthHomeless,
      code: 'x-1',
      scale: 2,
      unit: 'percent',
      min: 5,
      max: 1,
    });
    expect(pointers(semantic.body)).toEqual(['/max', '/scale', '/sensitive']);
    const taken = await ctx.call<Problem>('admin', 'POST', '/indicators', youthHomeless);
    expect(taken.status).toBe(409);
    const unknownDenominator = await ctx.call<Problem>('admin', 'POST', '/indicators', {
      ...youthHomeless,
      code: 'vaegtet',
      sensitive: false,
      aggregation: 'weighted-mean',
      denominatorCode: 'findes-ikke',
    });
    expect(unknownDenominator.status).toBe(422);
    expect(pointers(unknownDenominator.body)).toEqual(['/denominatorCode']);
    const [after] = await dataSource.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM indicator`,
    );
    expect(after?.count).toBe(before?.count);
  });

  it('refuses reporters, members and foundation officers defining indicators, and callers without a token', async () => {
    for (const user of ['reporterKobenhavn', 'member', 'helsefonden'] as const) {
      const response = await ctx.call(user, 'POST', '/indicators', {
        ...youthHomeless,
        code: `nope-${user.toLowerCase()}`,
      });
      expect({ user, status: response.status }).toEqual({ user, status: 403 });
    }
    expect((await ctx.call(null, 'GET', '/indicators')).status).toBe(401);
  });
});

it('serves exactly the operations of MEASUREMENT_API (besides health and metrics)', () => {
  const { served, documented } = servedAndDocumented(ctx.app, MEASUREMENT_API);
  expect(served).toEqual(documented);
});
