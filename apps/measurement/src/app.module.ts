import { Module } from '@nestjs/common';
import { AuthModule } from '@samvirke/auth';
import { PartnersDirectoryModule } from '@samvirke/directory';
import { MessagingModule, messagingEntities } from '@samvirke/messaging';
import { databaseConfigFromEnv, PersistenceModule } from '@samvirke/persistence';
import { PlatformModule } from '@samvirke/platform';
import { measurementConfig } from './config.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { measurementMigrations } from './migrations/index.js';
import { MeasurementProgrammesModule } from './programmes/programmes.module.js';

export const measurementDataSourceSpec = () => ({
  config: databaseConfigFromEnv(measurementConfig().MEASUREMENT_DATABASE),
  entities: [...messagingEntities],
  migrations: measurementMigrations,
});

@Module({
  imports: [
    PlatformModule.forRoot('measurement'),
    PersistenceModule.forRoot(measurementDataSourceSpec),
    MessagingModule.forRoot({ service: 'measurement', deadLettersPath: 'dead-letters' }),
    AuthModule.forRoot(),
    IndicatorsModule,
    PartnersDirectoryModule,
    MeasurementProgrammesModule,
  ],
})
export class AppModule {}
