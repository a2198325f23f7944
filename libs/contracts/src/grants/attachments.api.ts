import { z } from 'zod';
import type { HttpHeader } from '../http/http-headers.js';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { AWARD_READERS } from './grants-access-texts.js';
import {
  ATTACHMENT_FILE_NAME_HEADER,
  ATTACHMENT_MEDIA_TYPES,
  reportAttachmentSchema,
  reportAttachmentsSchema,
} from './report-attachment.dto.js';

const FILE_NAME: HttpHeader = {
  name: ATTACHMENT_FILE_NAME_HEADER,
  description:
    "The file's name, percent-encoded UTF-8 as encodeURIComponent writes it (e.g. `Revisorerkl%C3%A6ring.pdf`); at most 200 characters, no slashes or control characters.",
};

/** Files attached to a grantee's report, kept in S3-compatible object storage. */
export const ATTACHMENT_OPERATIONS: readonly HttpOperation[] = [
  op.get('listReportAttachments', '/awards/{awardId}/reports/{reportId}/attachments', {
    summary: "The files attached to a report, oldest first, with each file's size and SHA-256",
    ...access(`${AWARD_READERS} Anyone else gets 404.`).answers(reportAttachmentsSchema, 404),
  }),
  op.create('addReportAttachment', '/awards/{awardId}/reports/{reportId}/attachments', {
    summary:
      "Attach a file to a report: the body is the file's bytes, its name in the File-Name header; PDF, XLSX, DOCX, CSV, PNG or JPEG as its content shows, at most 10 MB",
    body: z.string(),
    bodyType: 'application/octet-stream',
    requestHeaders: [FILE_NAME],
    ...access(
      `The grantee organisation's users (403 for anyone else who may see the award, platform admins included; 404 for whoever may not). Content-Type is the file's type or application/octet-stream; the type is read from the bytes (415 when they are none of ${ATTACHMENT_MEDIA_TYPES.join(', ')}, or not what Content-Type declares). 413 beyond the size limit; 409 unless the report waits for the funder's decision; 422 for a missing or bad File-Name. Nothing is stored when refused.`,
    ).answers(reportAttachmentSchema, 404, 409, 413, 415, 422),
  }),
  op.get('downloadReportAttachment', '/awards/{awardId}/reports/{reportId}/attachments/{attachmentId}', {
    summary:
      "A report's attached file, byte for byte as uploaded: Content-Type is its type, Content-Disposition its name; the SHA-256 is checked against the stored one first",
    description: `${AWARD_READERS} Anyone else gets 404. 502 when the stored bytes no longer match their SHA-256.`,
    responseType: 'application/octet-stream',
    errors: [404, 502],
  }),
];
