import type { EntityManager } from 'typeorm';
import type { AttachmentMediaType } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

/** What every attachment table holds of a file; the bytes are in object storage under objectKey. */
export interface StoredFile {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: AttachmentMediaType;
  readonly sizeBytes: number;
  /** Hex SHA-256 of the bytes, checked again on every download. */
  readonly sha256: string;
  readonly objectKey: string;
  readonly uploadedAt: string;
}

/** A stored attachment as its readers see it: without where the bytes lie. */
export type WithoutKey<A extends StoredFile> = Omit<A, 'objectKey'>;

/** A row as PostgreSQL answers it: the file's columns, and the table's own. */
type FileRow = Record<string, unknown> & {
  id: string;
  file_name: string;
  media_type: AttachmentMediaType;
  size_bytes: string;
  sha256: string;
  object_key: string;
  uploaded_at: Date;
};

/** One service's attachment table (a grant report's files, an announcement's). */
export interface AttachmentTable<A extends StoredFile> {
  /** The table, e.g. `report_attachment`. */
  readonly table: string;
  /** The column of what the files are attached to, e.g. `report_id`. */
  readonly owner: string;
  /** What the files are attached to, as a 404 names it, e.g. `report`. */
  readonly ownerName: string;
  /** The table's own columns beyond the file's, as the attachment has them. */
  readonly fromRow: (row: Record<string, unknown>) => Omit<A, keyof StoredFile>;
}

/** The files attached to one kind of record, oldest first; on the caller's transaction. */
export class AttachmentRows<A extends StoredFile> {
  constructor(
    protected readonly manager: EntityManager,
    private readonly table: AttachmentTable<A>,
  ) {}

  async list(ownerId: string): Promise<WithoutKey<A>[]> {
    const { table, owner } = this.table;
    const rows = await this.manager.query<FileRow[]>(
      `SELECT * FROM ${table} WHERE ${owner} = $1 ORDER BY uploaded_at, id`,
      [ownerId],
    );
    return rows.map((row) => withoutKey(this.attachment(row)));
  }

  async get(ownerId: string, attachmentId: string): Promise<A> {
    const { table, owner, ownerName } = this.table;
    const [row] = await this.manager.query<FileRow[]>(
      `SELECT * FROM ${table} WHERE id = $1 AND ${owner} = $2`,
      [attachmentId, ownerId],
    );
    if (!row) throw new DomainError('not-found', `No attachment ${attachmentId} on this ${ownerName}.`);
    return this.attachment(row);
  }

  /** Inserts the file's row: its own columns, with the table's others (`column: value`). */
  protected async insertFile(
    file: Omit<StoredFile, 'uploadedAt'>,
    others: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    const columns = {
      id: file.id,
      file_name: file.fileName,
      media_type: file.mediaType,
      size_bytes: file.sizeBytes,
      sha256: file.sha256,
      object_key: file.objectKey,
      ...others,
    };
    const names = Object.keys(columns);
    await this.manager.query(
      `INSERT INTO ${this.table.table} (${names.join(', ')})
       VALUES (${names.map((_, index) => `$${index + 1}`).join(', ')})`,
      Object.values(columns),
    );
  }

  private attachment(row: FileRow): A {
    const file: StoredFile = {
      id: row.id,
      fileName: row.file_name,
      mediaType: row.media_type,
      sizeBytes: Number(row.size_bytes),
      sha256: row.sha256,
      objectKey: row.object_key,
      uploadedAt: row.uploaded_at.toISOString(),
    };
    return { ...file, ...this.table.fromRow(row) } as A;
  }
}

export function withoutKey<A extends StoredFile>({ objectKey: _key, ...attachment }: A): WithoutKey<A> {
  return attachment;
}
