import { z } from 'zod';
import { loadConfig } from './config.js';
import { JsonLogger } from './json-logger.js';
import { runInContext } from './request-context.js';
import { issuesToFieldErrors } from './validation.js';

describe('validation errors as problem detail fields', () => {
  it('names every bad field with a JSON pointer, and unknown fields one by one', () => {
    const schema = z.object({ name: z.string().min(2), nested: z.object({ cvr: z.string() }) }).strict();
    const result = schema.safeParse({ name: 'x', nested: { cvr: 1 }, colour: 'red', size: 3 });
    expect(result.success).toBe(false);
    const errors = issuesToFieldErrors(result.error!.issues);
    expect(errors.map((error) => error.pointer).sort()).toEqual(['/colour', '/name', '/nested/cvr', '/size']);
  });

  it('escapes slashes and tildes in field names', () => {
    expect(issuesToFieldErrors([{ message: 'bad', path: ['a/b', 'c~d'] }])).toEqual([
      { pointer: '/a~1b/c~0d', detail: 'bad' },
    ]);
  });
});

describe('JsonLogger', () => {
  it('writes one JSON object per entry with the correlation id of the work in progress', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('partners', 'log', (line) => lines.push(line));
    runInContext({ correlationId: 'req-7' }, () =>
      logger.log({ msg: 'registered', organisationId: 'o-1' }, 'Organisations'),
    );
    logger.debug('hidden below the level');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'info',
      service: 'partners',
      context: 'Organisations',
      correlationId: 'req-7',
      msg: 'registered',
      organisationId: 'o-1',
    });
  });
});

describe('loadConfig', () => {
  it('names every bad variable', () => {
    const schema = z.object({ PORT: z.coerce.number().int(), URL: z.url() });
    expect(() => loadConfig(schema, { PORT: 'abc', URL: 'nope' })).toThrow(/PORT: .*; URL: /);
  });
});
