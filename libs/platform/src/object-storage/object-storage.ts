import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';

/**
 * The settings of S3-compatible object storage, for a service's config schema: S3Mock in development
 * and tests, MinIO or AWS S3 in production (S3_FORCE_PATH_STYLE=false and real keys).
 */
export const objectStorageConfigShape = {
  S3_ENDPOINT: z.url().default('http://127.0.0.1:9090'),
  S3_REGION: z.string().default('eu-north-1'),
  S3_BUCKET: z.string().default('samvirke-attachments'),
  S3_ACCESS_KEY_ID: z.string().default('samvirke-dev'),
  S3_SECRET_ACCESS_KEY: z.string().default('samvirke-dev'),
  S3_FORCE_PATH_STYLE: z.stringbool().default(true),
};

export interface ObjectStorageConfig {
  readonly S3_ENDPOINT: string;
  readonly S3_REGION: string;
  readonly S3_BUCKET: string;
  readonly S3_ACCESS_KEY_ID: string;
  readonly S3_SECRET_ACCESS_KEY: string;
  readonly S3_FORCE_PATH_STYLE: boolean;
}

/**
 * Files' bytes in S3-compatible object storage through the S3 API (AWS SDK v3). Only bytes live
 * there; what they are, whose and their SHA-256 live in the owning service's database. Each
 * service keys its objects under its own prefix (grants: `awards/…`, partners: `announcements/…`).
 */
export class ObjectStorage {
  private readonly client: S3Client;

  constructor(private readonly config: ObjectStorageConfig) {
    this.client = new S3Client({
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials: {
        accessKeyId: config.S3_ACCESS_KEY_ID,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      },
    });
  }

  get bucket(): string {
    return this.config.S3_BUCKET;
  }

  /** Stores the bytes; the server checks them against the SHA-256 (hex given, base64 sent) as it receives them. */
  async put(key: string, bytes: Buffer, mediaType: string, sha256Hex: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentType: mediaType,
        ContentLength: bytes.length,
        ChecksumSHA256: Buffer.from(sha256Hex, 'hex').toString('base64'),
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!answer.Body) throw new Error(`object ${key} has no body`);
    return Buffer.from(await answer.Body.transformToByteArray());
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  close(): void {
    this.client.destroy();
  }
}
