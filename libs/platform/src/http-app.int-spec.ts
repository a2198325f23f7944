import { request as httpRequest } from 'node:http';
import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { z } from 'zod';
import { createHttpApp } from './http-app.js';
import { PlatformModule } from './platform.module.js';

/**
 * The services' HTTP stack refuses, for every field of every route, what PostgreSQL or the
 * schemas would otherwise let through: NUL characters, bytes that are not UTF-8, other charsets
 * and prototype keys. A tiny app with a strict schema stands in for a service; what it stores is
 * what a service would have written.
 */
const stored: unknown[] = [];
const thingSchema = z
  .object({ name: z.string().max(200), tags: z.record(z.string(), z.string()).default({}) })
  .strict();

@Controller('things')
class ThingsController {
  @Post()
  create(@Body({ schema: thingSchema }) body: z.infer<typeof thingSchema>): unknown {
    stored.push(body);
    return body;
  }

  @Post('csv')
  upload(@Body() body: string): unknown {
    stored.push(body);
    return { length: body.length };
  }

  @Get(':name')
  find(@Param('name') name: string, @Query('q') q?: string): unknown {
    return { name, q };
  }
}

@Module({ imports: [PlatformModule.forRoot('body-guard-test')], controllers: [ThingsController] })
class TestModule {}

let app: INestApplication;
let url: string;

beforeAll(async () => {
  app = await createHttpApp(TestModule, { service: 'body-guard-test', textTypes: ['text/csv'] });
  await app.listen(0, '127.0.0.1');
  url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
});

afterAll(async () => {
  await app?.close();
});

beforeEach(() => {
  stored.length = 0;
});

async function post(
  path: string,
  body: string | Uint8Array,
  contentType = 'application/json',
): Promise<{ status: number; type: string; body: Record<string, unknown> }> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Record<string, unknown>,
  };
}

const pointers = (body: Record<string, unknown>): string[] =>
  ((body['errors'] ?? []) as { pointer: string }[]).map((error) => error.pointer);

describe('createHttpApp body checks', () => {
  it('stores a clean body (æøå and all) as sent', async () => {
    const response = await post('/things', JSON.stringify({ name: 'Ærø Kommune', tags: { by: 'Århus' } }));
    expect(response.status).toBe(201);
    expect(stored).toEqual([{ name: 'Ærø Kommune', tags: { by: 'Århus' } }]);
  });

  it('refuses a NUL character in any string or key with 400 and its pointer', async () => {
    const response = await post('/things', JSON.stringify({ name: 'a\u0000b', tags: { 'x\u0000': 'y' } }));
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/^application\/problem\+json/);
    expect(response.body['status']).toBe(400);
    expect(pointers(response.body)).toEqual(['/name', '/tags/x\u0000']);
    const nested = await post('/things', JSON.stringify({ name: 'ok', tags: { by: 'Ny\u0000borg' } }));
    expect(pointers(nested.body)).toEqual(['/tags/by']);
    expect(stored).toEqual([]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a %s key as an unknown field, even where the schema takes any key',
    async (key) => {
      const top = await post('/things', `{"name":"x","${key}":{"admin":true}}`);
      expect(top.status).toBe(400);
      expect(pointers(top.body)).toEqual([`/${key}`]);
      const inRecord = await post('/things', `{"name":"x","tags":{"${key}":"y"}}`);
      expect(inRecord.status).toBe(400);
      expect(pointers(inRecord.body)).toEqual([`/tags/${key}`]);
      expect(stored).toEqual([]);
    },
  );

  it('refuses a body declared in another charset with 415, JSON and CSV alike', async () => {
    const latin1 = Buffer.from(JSON.stringify({ name: 'Ærø' }), 'latin1');
    const json = await post('/things', latin1, 'application/json; charset=iso-8859-1');
    expect(json.status).toBe(415);
    expect(json.type).toMatch(/^application\/problem\+json/);
    expect(json.body).toMatchObject({ status: 415, title: 'Unsupported Media Type' });
    const csv = await post(
      '/things/csv',
      Buffer.from('navn\nÆrø\n', 'latin1'),
      'text/csv; charset=windows-1252',
    );
    expect(csv.status).toBe(415);
    const quoted = await post('/things', JSON.stringify({ name: 'x' }), 'application/json; charset="UTF-8"');
    expect(quoted.status).toBe(201);
    expect(stored).toEqual([{ name: 'x', tags: {} }]);
  });

  it('refuses bytes that are not UTF-8 with 400 instead of storing replacement characters', async () => {
    const latin1 = Buffer.from(JSON.stringify({ name: 'Ærø' }), 'latin1');
    const json = await post('/things', latin1);
    expect(json.status).toBe(400);
    expect(json.body).toMatchObject({ status: 400, detail: 'The request body is not valid UTF-8.' });
    const csv = await post('/things/csv', Buffer.from('navn\nÆrø\n', 'latin1'), 'text/csv');
    expect(csv.status).toBe(400);
    expect(stored).toEqual([]);
  });

  it('refuses a NUL character in a CSV body and names its line', async () => {
    const csv = await post('/things/csv', 'navn\nÆrø\nNy\u0000borg\n', 'text/csv');
    expect(csv.status).toBe(400);
    expect(csv.body['detail']).toMatch(/Line 3/);
    const clean = await post('/things/csv', '\ufeffnavn\nÆrø\n', 'text/csv');
    expect(clean.status).toBe(201);
    expect(stored).toEqual(['navn\nÆrø\n']);
  });

  it('refuses a NUL character in a path or query parameter, naming it', async () => {
    const path = await fetch(`${url}/things/a%00b`);
    expect(path.status).toBe(400);
    expect(pointers((await path.json()) as Record<string, unknown>)).toEqual(['/name']);
    const query = await fetch(`${url}/things/ab?q=x%00`);
    expect(query.status).toBe(400);
    expect(pointers((await query.json()) as Record<string, unknown>)).toEqual(['/q']);
    const fine = await fetch(`${url}/things/ab?q=x`);
    expect(await fine.json()).toEqual({ name: 'ab', q: 'x' });
  });

  it('answers 413 to a body declared over the limit, and lets the client still sending it finish', async () => {
    // 8 MB against the 1 MB limit, sent slowly: the answer comes from the length, the rest is read
    // and dropped, so the client's writes all succeed (no EPIPE/ECONNRESET from a connection
    // closed mid-upload) and it reads the problem.
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await slowUpload(`${url}/things`, 8 * 1024 * 1024);
      expect(result).toEqual({ status: 413, detail: 'The request body is too large.', error: undefined });
    }
    expect(stored).toEqual([]);
  });
});

/** POSTs `size` bytes of JSON declared up front, 256 KiB every 5 ms; what came back and any error. */
function slowUpload(
  target: string,
  size: number,
): Promise<{ status?: number; detail?: string; error?: string }> {
  return new Promise((resolve) => {
    const result: { status?: number; detail?: string; error?: string } = {};
    let answered = false;
    let sent = false;
    const settle = () => answered && sent && resolve(result);
    const request = httpRequest(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': size },
    });
    request.on('response', (response) => {
      result.status = response.statusCode;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        result.detail = (JSON.parse(text) as { detail?: string }).detail;
        answered = true;
        settle();
      });
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      result.error = error.code ?? error.message;
      resolve(result);
    });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let written = 0;
    const next = (): void => {
      if (written >= size) {
        request.end(() => ((sent = true), settle()));
        return;
      }
      const part = chunk.subarray(0, Math.min(chunk.length, size - written));
      written += part.length;
      request.write(part, () => setTimeout(next, 5));
    };
    next();
  });
}
