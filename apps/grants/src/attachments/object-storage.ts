import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ObjectStorage as SharedObjectStorage } from '@samvirke/platform';
import { grantsConfig } from '../config.js';

/**
 * Report attachments' bytes in S3-compatible object storage (the shared client in
 * libs/platform/src/object-storage), configured by grants' S3_* settings. Only bytes live there;
 * what they are, whose and their SHA-256 live in the grants database.
 */
@Injectable()
export class ObjectStorage extends SharedObjectStorage implements OnModuleDestroy {
  constructor() {
    super(grantsConfig());
  }

  onModuleDestroy(): void {
    this.close();
  }
}
