import { randomUUID } from 'node:crypto';
import { BadGatewayException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApplicationFileDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { sha256Hex } from '../attachments/attachments.rules.js';
import { checkedFile, type Upload } from '../attachments/attachments.service.js';
import { ObjectStorage } from '../attachments/object-storage.js';
import { ApplicationsService } from './applications.service.js';
import { applicationNotFound, ApplicationsStore } from './applications.store.js';
import { ApplicationFilesStore, withoutObjectKey } from './application-files.store.js';

/**
 * Files that answer an application's file questions: the applicant's users upload them to a draft
 * (checked like report attachments: type by content, size, SHA-256), whoever sees the application
 * downloads them. The bytes go to object storage last, once every check and write passed.
 */
@Injectable()
export class ApplicationFilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly storage: ObjectStorage,
  ) {}

  async list(principal: Principal, applicationId: string): Promise<ApplicationFileDto[]> {
    const manager = this.dataSource.manager;
    const row = await new ApplicationsStore(manager).load(applicationId);
    if (!(await this.applications.canSee(manager, principal, row))) throw applicationNotFound(applicationId);
    return new ApplicationFilesStore(manager).list(applicationId);
  }

  async add(principal: Principal, applicationId: string, upload: Upload): Promise<ApplicationFileDto> {
    let stored: string | undefined;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await new ApplicationsStore(manager).load(applicationId, true);
        if (!principal.organisations.includes(row.applicant_organisation_id))
          throw applicationNotFound(applicationId);
        if (row.status !== 'draft')
          throw new DomainError('conflict', `The application is ${row.status}; files are added to a draft.`);
        const file = checkedFile(upload);
        const id = randomUUID();
        const objectKey = `applications/${applicationId}/files/${id}`;
        const store = new ApplicationFilesStore(manager);
        const { bytes, ...described } = file;
        const uploadedBy = principal.username ?? principal.subject;
        await store.insert({ id, applicationId, ...described, objectKey, uploadedBy });
        await this.storage.put(objectKey, bytes, file.mediaType, file.sha256);
        stored = objectKey;
        return withoutObjectKey(await store.get(applicationId, id));
      });
    } catch (error) {
      if (stored) await this.storage.delete(stored).catch(() => undefined);
      throw error;
    }
  }

  async download(
    principal: Principal,
    applicationId: string,
    fileId: string,
  ): Promise<{ file: ApplicationFileDto; bytes: Buffer }> {
    const manager = this.dataSource.manager;
    const row = await new ApplicationsStore(manager).load(applicationId);
    if (!(await this.applications.canSee(manager, principal, row))) throw applicationNotFound(applicationId);
    const stored = await new ApplicationFilesStore(manager).get(applicationId, fileId);
    const bytes = await this.storage.get(stored.objectKey);
    if (bytes.length !== stored.sizeBytes || sha256Hex(bytes) !== stored.sha256)
      throw new BadGatewayException('The stored file does not match its checksum; it is not handed out.');
    return { file: withoutObjectKey(stored), bytes };
  }
}
