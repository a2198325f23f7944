import type { EntityManager } from 'typeorm';
import type { ApplicationFileDto } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

interface FileRow {
  id: string;
  application_id: string;
  file_name: string;
  media_type: string;
  size_bytes: string;
  sha256: string;
  object_key: string;
  uploaded_at: Date;
}

export interface StoredFile extends ApplicationFileDto {
  readonly objectKey: string;
}

function toFile(row: FileRow): StoredFile {
  return {
    id: row.id,
    applicationId: row.application_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedAt: row.uploaded_at.toISOString(),
    objectKey: row.object_key,
  };
}

export function withoutObjectKey({ objectKey: _key, ...file }: StoredFile): ApplicationFileDto {
  return file;
}

/** Files uploaded to applications (the bytes are in object storage under object_key). */
export class ApplicationFilesStore {
  constructor(private readonly manager: EntityManager) {}

  async list(applicationId: string): Promise<ApplicationFileDto[]> {
    const rows = await this.manager.query<FileRow[]>(
      `SELECT * FROM application_file WHERE application_id = $1 ORDER BY uploaded_at, id`,
      [applicationId],
    );
    return rows.map((row) => withoutObjectKey(toFile(row)));
  }

  async get(applicationId: string, fileId: string): Promise<StoredFile> {
    const [row] = await this.manager.query<FileRow[]>(
      `SELECT * FROM application_file WHERE application_id = $1 AND id = $2`,
      [applicationId, fileId],
    );
    if (!row) throw new DomainError('not-found', `The application has no file ${fileId}.`);
    return toFile(row);
  }

  async insert(file: Omit<StoredFile, 'uploadedAt'> & { uploadedBy: string }): Promise<void> {
    await this.manager.query(
      `INSERT INTO application_file (id, application_id, file_name, media_type, size_bytes, sha256, object_key, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        file.id,
        file.applicationId,
        file.fileName,
        file.mediaType,
        file.sizeBytes,
        file.sha256,
        file.objectKey,
        file.uploadedBy,
      ],
    );
  }
}
