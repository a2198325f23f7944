/** The measurement API helpers the benchmarks share, kept in libs/testing (the broker fault test uses them too). */
export { Api, bulkSubmissionCsv, DASHBOARD_PERIODS, seedProgramme, trackIndicators } from '@samvirke/testing';
