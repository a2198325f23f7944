import {
  ATTACHMENT_MEDIA_TYPES,
  type AnnouncementAttachmentDto,
  type AttachmentMediaType,
  type ProblemFieldError,
} from '@samvirke/contracts';
import { fileName, sha256Hex, sniffMediaType, typeRefusal } from '@samvirke/platform';

/** The content types an upload may declare; partners reads their bodies as raw bytes (main.ts). */
export const ANNOUNCEMENT_ATTACHMENT_BODY_TYPES: readonly string[] = [
  'application/octet-stream',
  ...ATTACHMENT_MEDIA_TYPES,
];

export interface Upload {
  readonly bytes: unknown;
  readonly contentType: string | undefined;
  readonly fileName: string | string[] | undefined;
}

export interface CheckedFile {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly mediaType: AttachmentMediaType;
  readonly sizeBytes: number;
  readonly sha256: string;
}

/** What is wrong with an upload: field problems (422) or the type refusal (415); else the checked file. */
export type FileCheck =
  | { readonly ok: true; readonly file: CheckedFile }
  | { readonly ok: false; readonly problems: ProblemFieldError[] }
  | { readonly ok: false; readonly unsupported: string };

/** The upload's name, bytes and type as its content shows, or every reason to refuse it. */
export function checkUpload(upload: Upload): FileCheck {
  const problems: ProblemFieldError[] = [];
  const name = fileName(upload.fileName);
  if (typeof name !== 'string') problems.push(name);
  const bytes = Buffer.isBuffer(upload.bytes) ? upload.bytes : Buffer.alloc(0);
  if (bytes.length === 0) problems.push({ pointer: '/body', detail: 'The file is empty.' });
  if (problems.length || typeof name !== 'string') return { ok: false, problems };
  const refusal = typeRefusal(bytes, upload.contentType, 'an announcement');
  if (refusal) return { ok: false, unsupported: refusal };
  const mediaType = sniffMediaType(bytes) as AttachmentMediaType;
  return {
    ok: true,
    file: { bytes, fileName: name, mediaType, sizeBytes: bytes.length, sha256: sha256Hex(bytes) },
  };
}

/** Where an attachment's bytes are kept: under the programme and announcement, by the attachment's id. */
export function objectKeyOf(programmeId: string, announcementId: string, attachmentId: string): string {
  return `announcements/${programmeId}/${announcementId}/${attachmentId}`;
}

/** Whether the bytes read back are the ones stored: same length and SHA-256. */
export function intact(bytes: Buffer, attachment: Pick<AnnouncementAttachmentDto, 'sizeBytes' | 'sha256'>) {
  return bytes.length === attachment.sizeBytes && sha256Hex(bytes) === attachment.sha256;
}
