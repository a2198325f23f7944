import { MEASUREMENT_RULES } from './measurement.rules.js';
import { ruleConsumer } from './rule-consumer.js';

/** Reporting deadlines and the review of submissions, told to reporters and backbones. */
export const MeasurementEventsConsumer = ruleConsumer('MeasurementEventsConsumer', MEASUREMENT_RULES);
