import { HttpException } from '@nestjs/common';
import { ValidationFailed } from '@samvirke/platform';
import {
  assertWithinHorizon,
  closedEvent,
  cursorOf,
  decodeCursor,
  encodeCursor,
  eventFrame,
  nextPosition,
  positionAfter,
  untilExpiry,
} from './events.rules.js';

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

  it('reads from before the first entry without a cursor, and names /after for a foreign one', () => {
    expect(positionAfter(undefined)).toBe(-1n);
    expect(positionAfter(encodeCursor(7n))).toBe(7n);
    expect(() => positionAfter('bm90LWEtY3Vyc29y')).toThrow(ValidationFailed);
  });
});

describe('the retention horizon', () => {
  it('lets a cursor at or after the horizon through, and a read without a cursor', () => {
    expect(() => assertWithinHorizon({ after: encodeCursor(5n) }, 5n, 5n, 30)).not.toThrow();
    expect(() => assertWithinHorizon({}, -1n, 5n, 30)).not.toThrow();
  });

  it('answers 410 with the horizon for an older cursor', () => {
    try {
      assertWithinHorizon({ after: encodeCursor(4n) }, 4n, 5n, 30);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(HttpException);
      const refusal = error as HttpException;
      expect(refusal.getStatus()).toBe(410);
      expect(refusal.getResponse()).toMatchObject({ horizon: encodeCursor(5n) });
      expect(JSON.stringify(refusal.getResponse())).toContain('30 days');
    }
  });
});

describe('the next position', () => {
  it('continues after the last event of a full page', () => {
    expect(nextPosition([3n, 4n], 2, 9n, 2n)).toBe(4n);
  });

  it('moves to the head when the page was not full (nothing before it is still to come)', () => {
    expect(nextPosition([3n], 2, 9n, 2n)).toBe(9n);
  });

  it('stays where the page started at the end of the feed', () => {
    expect(nextPosition([], 10, 4n, 4n)).toBe(4n);
    expect(nextPosition([], 10, 0n, -1n)).toBe(0n);
  });

  it('is a cursor, or null before the first event of an empty feed', () => {
    expect(cursorOf(4n)).toBe(encodeCursor(4n));
    expect(cursorOf(-1n)).toBeNull();
  });
});

describe('server-sent event frames', () => {
  it('frames an event with its cursor as id and its type as event name', () => {
    const event = {
      cursor: encodeCursor(3n),
      id: '7b0c2f3e-8d7a-4a57-9d42-0c1f1f7d9a11',
      type: 'dk.samvirke.public.programme.created.v1',
      source: '/samvirke/public',
      subject: 's',
      programmeId: null,
      time: '2026-01-01T00:00:00.000Z',
      data: { name: 'x' },
    };
    expect(eventFrame(event)).toBe(
      `id: ${event.cursor}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`,
    );
  });

  it('ends a stream with a closed event naming the reason and what to do', () => {
    const frame = closedEvent('token-expired');
    expect(frame.startsWith('event: closed\ndata: ')).toBe(true);
    const data = JSON.parse(frame.slice('event: closed\ndata: '.length)) as {
      reason: string;
      detail: string;
    };
    expect(data.reason).toBe('token-expired');
    expect(data.detail).toContain('new token');
    expect(JSON.parse(closedEvent('access-revoked').split('data: ')[1] ?? '')).toMatchObject({
      reason: 'access-revoked',
    });
  });

  it('counts the time left on a token from its exp claim', () => {
    expect(untilExpiry({ expiresAt: 100 }, 99_000)).toBe(1_000);
    expect(untilExpiry({ expiresAt: 100 }, 100_500)).toBe(-500);
  });
});
