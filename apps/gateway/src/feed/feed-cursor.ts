/** Cursors are opaque to clients; inside they are feed positions (greater is later). */
export function encodeCursor(position: bigint | string | number): string {
  return Buffer.from(`f1:${String(position)}`, 'utf8').toString('base64url');
}

/** The position inside a cursor, or undefined when the text is not one of ours. */
export function decodeCursor(cursor: string): bigint | undefined {
  const match = /^f1:(0|[1-9]\d{0,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] === undefined ? undefined : BigInt(match[1]);
}
