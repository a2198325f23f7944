import { Module } from '@nestjs/common';
import { serviceDataSource, serviceModules } from '@samvirke/persistence';
import { measurementConfig } from './config.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { DeadlinesModule } from './deadlines/deadlines.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { measurementMigrations } from './migrations/index.js';
import { ProgrammeIndicatorsModule } from './programme-indicators/programme-indicators.module.js';
import { PopulationStatisticsModule } from './population-statistics/population-statistics.module.js';
import { ProgressModule } from './progress/progress.module.js';
import { ScorecardModule } from './scorecard/scorecard.module.js';
import { StoriesModule } from './stories/stories.module.js';
import { ValidationModule } from './validation/validation.module.js';
import { ReportingPeriodsModule } from './reporting-periods/reporting-periods.module.js';
import { MeasurementSettingsModule } from './settings/settings.module.js';
import { SubmissionsModule } from './submissions/submissions.module.js';
import { ParentApprovalsModule } from './parent-approvals/parent-approvals.module.js';
import { MEASUREMENT_PERSON_LOCATORS } from './personal-data.js';

export const measurementDataSourceSpec = () =>
  serviceDataSource(measurementConfig().MEASUREMENT_DATABASE, measurementMigrations);

@Module({
  imports: serviceModules({
    service: 'measurement',
    dataSource: measurementDataSourceSpec,
    messaging: { deadLettersPath: 'dead-letters' },
    personLocators: MEASUREMENT_PERSON_LOCATORS,
    features: [
      IndicatorsModule,
      PopulationStatisticsModule,
      AnalyticsModule,
      ProgrammeIndicatorsModule,
      ReportingPeriodsModule,
      SubmissionsModule,
      ParentApprovalsModule,
      ProgressModule,
      MeasurementSettingsModule,
      DeadlinesModule,
      ScorecardModule,
      StoriesModule,
      ValidationModule,
    ],
  }),
})
export class AppModule {}
