import { randomFillSync } from 'node:crypto';

/** Random bytes for this many ids are drawn from the system at once (10 bytes each). */
const IDS_PER_DRAW = 256;
const RANDOM_BYTES_PER_ID = 10;
const random = Buffer.allocUnsafe(IDS_PER_DRAW * RANDOM_BYTES_PER_ID);
let drawn = IDS_PER_DRAW;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * A new event id: a UUID version 7 (RFC 9562), whose first 48 bits are the Unix time in
 * milliseconds and whose other 74 free bits are random. Ids made later sort later (to the
 * millisecond), so every consumer's inbox key (consumer, event_id) grows at its right edge as events
 * arrive, instead of landing on a random page of an index that outgrows memory; after each checkpoint
 * PostgreSQL also writes a whole copy of every index page it touches first, which random ids make
 * nearly every page. Still an ordinary UUID to every reader of the contracts.
 */
export function eventId(now: number = Date.now()): string {
  if (drawn === IDS_PER_DRAW) {
    randomFillSync(random);
    drawn = 0;
  }
  const at = drawn * RANDOM_BYTES_PER_ID;
  drawn += 1;
  const high = Math.floor(now / 0x10000); // the first 32 of the 48 time bits
  const low = now % 0x10000;
  return (
    HEX[(high >>> 24) & 0xff] +
    HEX[(high >>> 16) & 0xff] +
    HEX[(high >>> 8) & 0xff] +
    HEX[high & 0xff] +
    '-' +
    HEX[low >>> 8] +
    HEX[low & 0xff] +
    '-' +
    HEX[0x70 | (random[at] & 0x0f)] + // version 7
    HEX[random[at + 1]] +
    '-' +
    HEX[0x80 | (random[at + 2] & 0x3f)] + // RFC 9562 variant
    HEX[random[at + 3]] +
    '-' +
    HEX[random[at + 4]] +
    HEX[random[at + 5]] +
    HEX[random[at + 6]] +
    HEX[random[at + 7]] +
    HEX[random[at + 8]] +
    HEX[random[at + 9]]
  );
}

/** The millisecond an event id (UUID version 7) was made at. */
export function eventIdTime(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
