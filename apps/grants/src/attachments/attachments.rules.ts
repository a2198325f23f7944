import { typeRefusal as refusalOf } from '@samvirke/platform';

export { contentDisposition, declaredType, fileName, sha256Hex, sniffMediaType } from '@samvirke/platform';

/**
 * Why the bytes may not be attached to a report, for a 415: none of the types, or not the type
 * declared (application/octet-stream declares none). The checks live in libs/platform.
 */
export function typeRefusal(bytes: Buffer, contentType: string | undefined): string | undefined {
  return refusalOf(bytes, contentType, 'a report');
}
