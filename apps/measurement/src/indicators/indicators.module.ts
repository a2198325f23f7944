import { Module } from '@nestjs/common';
import { IndicatorsController } from './indicators.controller.js';
import { IndicatorsService } from './indicators.service.js';

/** The indicator library every programme measures with. */
@Module({ controllers: [IndicatorsController], providers: [IndicatorsService] })
export class IndicatorsModule {}
