import { decodeCursor, encodeCursor } from './feed-cursor.js';

describe('feed cursors', () => {
  it('round-trips a position and keeps it opaque', () => {
    const cursor = encodeCursor(12_345n);
    expect(cursor).not.toContain('12345');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toBe(12_345n);
  });

  it('refuses text that is not a cursor', () => {
    expect(decodeCursor('abc')).toBeUndefined();
    expect(decodeCursor(Buffer.from('f1:-1').toString('base64url'))).toBeUndefined();
    expect(decodeCursor(Buffer.from('f2:1').toString('base64url'))).toBeUndefined();
  });
});
