import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DataSubjectExport } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { recordAuditRead, unseal } from '@samvirke/persistence';
import {
  exportable,
  exportDocument,
  mayHandleRequests,
  requestNotFound,
} from './data-subject-requests.rules.js';
import { DataSubjectRequestsStore } from './data-subject-requests.store.js';

/** An access request's export, opened with the request's key; closing erases the key. */
@Injectable()
export class DataSubjectExportsService {
  constructor(private readonly dataSource: DataSource) {}

  async export(principal: Principal, id: string): Promise<DataSubjectExport> {
    mayHandleRequests(principal);
    return this.dataSource.transaction(async (manager) => {
      const store = new DataSubjectRequestsStore(manager);
      const request = await store.find(id);
      if (!request) throw requestNotFound(id);
      const { privateKey, parts } = await store.sealedParts(id);
      exportable(request, privateKey !== null);
      const opened = parts.map((part) => ({
        service: part.service,
        rows: part.sealed && privateKey ? unseal(privateKey, part.sealed) : {},
      }));
      await recordAuditRead(manager, { tableName: 'data_subject_part', rowKey: id, what: { requestId: id } });
      return exportDocument(request, opened, new Date());
    });
  }

  async close(principal: Principal, id: string): Promise<void> {
    mayHandleRequests(principal);
    await this.dataSource.transaction(async (manager) => {
      const store = new DataSubjectRequestsStore(manager);
      if (!(await store.find(id, true))) throw requestNotFound(id);
      await store.eraseKey(id);
      await store.setStatus(id, 'closed');
    });
  }
}
