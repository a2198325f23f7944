import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import {
  ATTACHMENT_MEDIA_TYPES,
  type AttachmentMediaType,
  type ProblemFieldError,
} from '@samvirke/contracts';

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The type the bytes themselves show, whatever the caller declared: PDF, PNG and JPEG by their
 * signatures; XLSX and DOCX as ZIP packages holding a workbook or a document part (part names are
 * stored uncompressed in the ZIP's headers); CSV as UTF-8 text without control characters whose
 * first line has a comma or semicolon. Anything else is none of them (undefined).
 */
export function sniffMediaType(bytes: Buffer): AttachmentMediaType | undefined {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ZIP)) {
    if (bytes.includes('[Content_Types].xml') && bytes.includes('xl/workbook.xml'))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    if (bytes.includes('[Content_Types].xml') && bytes.includes('word/document.xml'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    return undefined;
  }
  return isCsv(bytes) ? 'text/csv' : undefined;
}

function startsWith(bytes: Buffer, signature: Buffer): boolean {
  return bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);
}

function isCsv(bytes: Buffer): boolean {
  if (bytes.length === 0 || !isUtf8(bytes)) return false;
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return false;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return /[;,]/.test(firstLine);
}

/** The declared Content-Type, without parameters, lower case. */
export function declaredType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Why the bytes may not be stored, for a 415: none of the types (`what` says of what, e.g. "a
 * report"), or not the type declared (application/octet-stream declares none).
 */
export function typeRefusal(
  bytes: Buffer,
  contentType: string | undefined,
  what: string,
): string | undefined {
  const sniffed = sniffMediaType(bytes);
  if (!sniffed)
    return `The file is none of the types ${what} may have attached (${ATTACHMENT_MEDIA_TYPES.join(', ')}).`;
  const declared = declaredType(contentType);
  if (declared !== 'application/octet-stream' && declared !== sniffed)
    return `The file is ${sniffed} by its content, not ${declared} as Content-Type says.`;
  return undefined;
}

/** The file's name from the File-Name header (percent-encoded UTF-8), or what is wrong with it. */
export function fileName(header: string | string[] | undefined): string | ProblemFieldError {
  const pointer = '/headers/file-name';
  if (typeof header !== 'string' || header.trim() === '')
    return { pointer, detail: 'The File-Name header must name the file (percent-encoded UTF-8).' };
  let name: string;
  try {
    name = decodeURIComponent(header).trim().normalize('NFC');
  } catch {
    return { pointer, detail: 'The File-Name header is not percent-encoded UTF-8.' };
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (name.length === 0 || name.length > 200 || /[/\\\u0000-\u001F\u007F]/.test(name) || /^\.+$/.test(name))
    return { pointer, detail: 'A file name has 1–200 characters and no slashes or control characters.' };
  return name;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** RFC 6266 / 8187: the stored name for a download, an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7E]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
