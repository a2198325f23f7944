import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccess } from './programme-access.js';

/** Who may see and run a programme's measurement, for every feature module that authorises. */
@Module({ providers: [MeasurementProgrammeAccess], exports: [MeasurementProgrammeAccess] })
export class MeasurementProgrammeAccessModule {}
