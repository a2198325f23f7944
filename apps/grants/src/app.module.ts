import { Module } from '@nestjs/common';
import { serviceDataSource, serviceModules } from '@samvirke/persistence';
import { AgreementsModule } from './agreements/agreements.module.js';
import { ATTACHMENT_BODY_TYPES, AttachmentsModule } from './attachments/attachments.module.js';
import { ApplicationsModule } from './applications/applications.module.js';
import { AwardsModule } from './awards/awards.module.js';
import { CallsModule } from './calls/calls.module.js';
import { BoardModule } from './board/board.module.js';
import { GrantsDirectoryModule } from './directory/grants-directory.module.js';
import { grantsConfig } from './config.js';
import { FundingModule } from './funding/funding.module.js';
import { FormsModule } from './forms/forms.module.js';
import { JointModule } from './joint/joint.module.js';
import { grantsMigrations } from './migrations/index.js';
import { ReportsModule } from './reports/reports.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { TranchesModule } from './tranches/tranches.module.js';
import { GRANTS_PERSON_LOCATORS } from './personal-data.js';

export const grantsDataSourceSpec = () => serviceDataSource(grantsConfig().GRANTS_DATABASE, grantsMigrations);

/** How grants reads bodies: JSON, and attachments' raw bytes up to GRANTS_ATTACHMENT_LIMIT. */
export const grantsHttpOptions = () => ({
  service: 'grants',
  binaryTypes: ATTACHMENT_BODY_TYPES,
  binaryLimit: grantsConfig().GRANTS_ATTACHMENT_LIMIT,
});

@Module({
  imports: serviceModules({
    service: 'grants',
    dataSource: grantsDataSourceSpec,
    messaging: { deadLettersPath: 'dead-letters' },
    personLocators: GRANTS_PERSON_LOCATORS,
    features: [
      GrantsDirectoryModule,
      FundingModule,
      CallsModule,
      BoardModule,
      FormsModule,
      ApplicationsModule,
      JointModule,
      ReviewsModule,
      AwardsModule,
      AgreementsModule,
      ReportsModule,
      AttachmentsModule,
      TranchesModule,
    ],
  }),
})
export class AppModule {}
