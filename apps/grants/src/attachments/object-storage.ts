import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { grantsConfig } from '../config.js';

/**
 * Report attachments' bytes in S3-compatible object storage through the S3 API (AWS SDK v3): S3Mock
 * in development and tests, MinIO or AWS S3 in production, chosen by S3_ENDPOINT and friends. Only
 * bytes live there; what they are, whose and their SHA-256 live in the grants database.
 */
@Injectable()
export class ObjectStorage implements OnModuleDestroy {
  private readonly config = grantsConfig();
  private readonly client = new S3Client({
    region: this.config.S3_REGION,
    endpoint: this.config.S3_ENDPOINT,
    forcePathStyle: this.config.S3_FORCE_PATH_STYLE,
    credentials: {
      accessKeyId: this.config.S3_ACCESS_KEY_ID,
      secretAccessKey: this.config.S3_SECRET_ACCESS_KEY,
    },
  });

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

  onModuleDestroy(): void {
    this.client.destroy();
  }
}
