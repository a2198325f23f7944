import { CommonDirectory1765000017000, DirectoryParents1767100000100 } from '@samvirke/directory';
import { messagingMigrations } from '@samvirke/messaging';
import { IndicatorsAndDirectory1764316800300 } from './1764316800300-indicators-and-directory.js';
import { ProgrammeIndicatorsAndPeriods1764316800310 } from './1764316800310-programme-indicators-and-periods.js';
import { Submissions1764316800320 } from './1764316800320-submissions.js';
import { Progress1764316800330 } from './1764316800330-progress.js';
import { ReportingReminders1764316800340 } from './1764316800340-reporting-reminders.js';
import { ProgrammeSettings1764316800350 } from './1764316800350-programme-settings.js';
import { SubmissionValuesBulk1764316800360 } from './1764316800360-submission-values-bulk.js';
import { SubmissionValueComments1765000002100 } from './1765000002100-submission-value-comments.js';
import { IndicatorVersions1765000030000 } from './1765000030000-indicator-versions.js';
import { IndicatorGoals1765000060000 } from './1765000060000-indicator-goals.js';
import { ResultsAndLearning1765000070000 } from './1765000070000-results-and-learning.js';
import { PopulationStatistics1765000075000 } from './1765000075000-population-statistics.js';
import { PeriodLocks1766100000000 } from './1766100000000-period-locks.js';
import { OrganisationPlaces1766200000000 } from './1766200000000-organisation-places.js';
import { ProgressValueByPeriod1766200000100 } from './1766200000100-progress-value-by-period.js';
import { CategoryCombinations1767000000000 } from './1767000000000-category-combinations.js';
import { ParentApprovals1767100000200 } from './1767100000200-parent-approvals.js';

/** Every migration of the measurement database, in order. */
export const measurementMigrations = [
  ...messagingMigrations,
  IndicatorsAndDirectory1764316800300,
  ProgrammeIndicatorsAndPeriods1764316800310,
  Submissions1764316800320,
  Progress1764316800330,
  ReportingReminders1764316800340,
  ProgrammeSettings1764316800350,
  SubmissionValuesBulk1764316800360,
  SubmissionValueComments1765000002100,
  CommonDirectory1765000017000,
  IndicatorVersions1765000030000,
  IndicatorGoals1765000060000,
  ResultsAndLearning1765000070000,
  PopulationStatistics1765000075000,
  PeriodLocks1766100000000,
  OrganisationPlaces1766200000000,
  ProgressValueByPeriod1766200000100,
  CategoryCombinations1767000000000,
  DirectoryParents1767100000100,
  ParentApprovals1767100000200,
];
