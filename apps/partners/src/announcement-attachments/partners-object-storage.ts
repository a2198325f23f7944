import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ObjectStorage } from '@samvirke/platform';
import { partnersConfig } from '../config.js';

/** Announcement attachments' bytes in S3-compatible object storage, by partners' S3_* settings. */
@Injectable()
export class PartnersObjectStorage extends ObjectStorage implements OnModuleDestroy {
  constructor() {
    super(partnersConfig());
  }

  onModuleDestroy(): void {
    this.close();
  }
}
