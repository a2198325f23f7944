import { z } from 'zod';
import { eventId, eventIdTime } from './event-id.js';

describe('eventId', () => {
  it('makes RFC 9562 version 7 UUIDs that every UUID check accepts', () => {
    const ids = Array.from({ length: 1_000 }, () => eventId());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.uuid().safeParse(id).success).toBe(true);
    }
  });

  it('puts the millisecond first, so later ids sort later', () => {
    const start = Date.UTC(2026, 10, 28, 12, 0, 0, 0);
    const ids = Array.from({ length: 500 }, (_, index) => eventId(start + index * 7));
    expect(ids.map(eventIdTime)).toEqual(ids.map((_, index) => start + index * 7));
    expect([...ids].sort()).toEqual(ids);
    // The largest time 48 bits hold, and the first millisecond of 1970.
    expect(eventIdTime(eventId(2 ** 48 - 1))).toBe(2 ** 48 - 1);
    expect(eventId(0).startsWith('00000000-0000-7')).toBe(true);
  });

  it('is random in the other 74 bits: no repeats among ids of one millisecond', () => {
    const now = Date.now();
    const ids = Array.from({ length: 100_000 }, () => eventId(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.slice(-12))).size).toBe(ids.length);
  });
});
