import { charsetRefusal, decodeUtf8, unsafeJsonErrors } from './body-guard.js';

describe('body guard', () => {
  it('finds a NUL or a prototype key at any depth, even deeper than a recursive walk survives', () => {
    const deep = JSON.parse(`${'['.repeat(50_000)}"a\\u0000"${']'.repeat(50_000)}`) as unknown;
    expect(unsafeJsonErrors(deep)).toEqual([
      { pointer: '/0'.repeat(50_000), detail: 'contains a NUL character (U+0000)' },
    ]);
    const parsed = JSON.parse('{"a/b":[{"__proto__":1}],"c":{"constructor":{}}}') as unknown;
    expect(unsafeJsonErrors(parsed).map((error) => error.pointer)).toEqual([
      '/a~1b/0/__proto__',
      '/c/constructor',
    ]);
    expect(unsafeJsonErrors({ name: 'Ærø', tags: ['a', 1, null, true] })).toEqual([]);
  });

  it('reads only UTF-8: a declared other charset, quoted or not, and bytes that are not UTF-8 are refused', () => {
    expect(charsetRefusal('application/json')).toBeUndefined();
    expect(charsetRefusal('application/json; charset="UTF-8"')).toBeUndefined();
    expect(charsetRefusal('text/csv;charset=utf8')).toBeUndefined();
    expect(charsetRefusal('application/json; charset=ISO-8859-1')?.status).toBe(415);
    expect(charsetRefusal('text/csv; charset="windows-1252"')?.status).toBe(415);
    expect(decodeUtf8(Buffer.from('Ærø', 'latin1'))).toMatchObject({ status: 400 });
    expect(decodeUtf8(Buffer.from('\ufeffÆrø'))).toBe('Ærø');
  });
});
