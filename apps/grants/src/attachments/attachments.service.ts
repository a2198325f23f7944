import { randomUUID } from 'node:crypto';
import { BadGatewayException, HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import {
  attachmentAddedV1,
  type AttachmentMediaType,
  type AwardDto,
  type GrantReportDto,
  type ReportAttachmentDto,
  type ReportAttachmentsDto,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { requireGrantee } from '../agreements/agreements.rules.js';
import { VisibleAwards } from '../awards/award-visibility.js';
import { ReportsStore } from '../reports/reports.store.js';
import { fileName, sha256Hex, sniffMediaType, typeRefusal } from './attachments.rules.js';
import { AttachmentsStore, withoutKey } from './attachments.store.js';
import { ObjectStorage } from './object-storage.js';

export interface Upload {
  readonly bytes: unknown;
  readonly contentType: string | undefined;
  readonly fileName: string | string[] | undefined;
}

export interface Download {
  readonly attachment: ReportAttachmentDto;
  readonly bytes: Buffer;
}

/**
 * Files attached to a grantee's report: the grantee's users attach them while the report waits for
 * the funder's decision; whoever may read the award's reports lists and downloads them. The bytes go
 * to object storage only once every check passed, and the row and the event are written in the
 * same transaction, so a refused upload leaves nothing anywhere.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    private readonly awards: VisibleAwards,
    private readonly outbox: EventOutbox,
    private readonly storage: ObjectStorage,
  ) {}

  async list(principal: Principal, awardId: string, reportId: string): Promise<ReportAttachmentsDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      await new ReportsStore(manager).get(award.id, reportId);
      return { attachments: await new AttachmentsStore(manager).list(reportId) };
    });
  }

  async add(
    principal: Principal,
    awardId: string,
    reportId: string,
    upload: Upload,
  ): Promise<ReportAttachmentDto> {
    let stored: string | undefined;
    try {
      return await this.insert(principal, awardId, reportId, upload, (key) => (stored = key));
    } catch (error) {
      // The object went to storage but the transaction did not commit: remove it again (best effort,
      // an orphan costs space, not correctness: no row names it).
      if (stored) await this.storage.delete(stored).catch(() => undefined);
      throw error;
    }
  }

  private async insert(
    principal: Principal,
    awardId: string,
    reportId: string,
    upload: Upload,
    put: (key: string) => void,
  ): Promise<ReportAttachmentDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      requireGrantee(principal, award, 'attaches files to its reports');
      const report = await new ReportsStore(manager).get(award.id, reportId);
      requireAwaitingDecision(report);
      const file = checkedFile(upload);
      const id = randomUUID();
      const objectKey = `awards/${award.id}/reports/${report.id}/${id}`;
      const store = new AttachmentsStore(manager);
      const uploadedBy = principal.username ?? principal.subject;
      const { bytes, ...described } = file;
      await store.insert({ id, reportId: report.id, awardId: award.id, ...described, objectKey, uploadedBy });
      const attachment = withoutKey(await store.get(report.id, id));
      await this.outbox.record(manager, attachmentAddedV1, addedEvent(award, attachment), {
        subject: award.programmeId,
        programmeId: award.programmeId,
      });
      // Last, so that nothing is stored when a check or a write above failed.
      await this.storage.put(objectKey, bytes, file.mediaType, file.sha256);
      put(objectKey);
      return attachment;
    });
  }

  async download(
    principal: Principal,
    awardId: string,
    reportId: string,
    attachmentId: string,
  ): Promise<Download> {
    const stored = await this.awards.transaction(principal, awardId, async (manager, award) => {
      await new ReportsStore(manager).get(award.id, reportId);
      return new AttachmentsStore(manager).get(reportId, attachmentId);
    });
    const bytes = await this.storage.get(stored.objectKey);
    if (bytes.length !== stored.sizeBytes || sha256Hex(bytes) !== stored.sha256) {
      this.logger.error(
        `attachment ${stored.id} (${stored.objectKey}) does not match its SHA-256 in storage`,
      );
      throw new BadGatewayException('The stored file does not match its checksum; it is not handed out.');
    }
    return { attachment: withoutKey(stored), bytes };
  }
}

function requireAwaitingDecision(report: GrantReportDto): void {
  if (report.status !== 'submitted')
    throw new DomainError(
      'conflict',
      `The report is ${report.status}: files are attached while it waits for a decision.`,
    );
}

export interface CheckedFile {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly mediaType: AttachmentMediaType;
  readonly sizeBytes: number;
  readonly sha256: string;
}

/** The upload's name, bytes and type as its content shows, or the refusal (422, 415). */
export function checkedFile(upload: Upload): CheckedFile {
  const name = fileName(upload.fileName);
  if (typeof name !== 'string') throw new ValidationFailed([name], 'The file has no usable name.');
  const bytes = Buffer.isBuffer(upload.bytes) ? upload.bytes : Buffer.alloc(0);
  if (bytes.length === 0) throw new ValidationFailed([{ pointer: '/body', detail: 'The file is empty.' }]);
  const refusal = typeRefusal(bytes, upload.contentType);
  if (refusal) throw new HttpException(refusal, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  return {
    bytes,
    fileName: name,
    mediaType: sniffMediaType(bytes) as AttachmentMediaType,
    sizeBytes: bytes.length,
    sha256: sha256Hex(bytes),
  };
}

function addedEvent(award: AwardDto, attachment: ReportAttachmentDto) {
  return {
    attachmentId: attachment.id,
    reportId: attachment.reportId,
    awardId: award.id,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    awardingOrganisationId: award.awardingOrganisationId,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    uploadedAt: attachment.uploadedAt,
  };
}
