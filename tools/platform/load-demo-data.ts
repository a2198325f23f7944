/**
 * Loads the demo data through the gateway, as its users would (GATEWAY_URL, KEYCLOAK_URL): the
 * organisations, the five demo programmes with members, goals and activities, their shared
 * measurement (indicators, baselines and targets, reporting periods from 2025 with the history of
 * approved reports, the open quarter due next week), grants in every state, notification contacts
 * and the event feed's grants. Safe to run again: each step looks first and adds only what is
 * missing, so a second run leaves the same state.
 */
import { demoCalendar, type DemoCalendar } from './demo-calendar.js';
import { DemoApi } from './demo-api.js';
import { loadDemoAnnouncements } from './demo-communication.js';
import { introduceToNotifications, loadDemoContacts } from './demo-contacts.js';
import { loadDemoGovernance } from './demo-governance.js';
import { loadDemoHealthCheck } from './demo-health-check.js';
import { loadDemoFeedGrants } from './demo-feed-grants.js';
import { loadDemoGrants } from './demo-grants.js';
import { loadDemoLearning } from './demo-learning.js';
import { importHistory, submittedReports } from './demo-history.js';
import { BRYD_ARVEN, HJEM_TIL_ALLE } from './demo-indicators-social.js';
import { BYGNINGSARVEN, DET_AABNE_LAND, RUMMELIGHED } from './demo-indicators-place.js';
import type { DemoMeasurement } from './demo-measurement-types.js';
import {
  configureIndicators,
  defineIndicators,
  ensurePeriods,
  lockDemoPeriod,
  type MeasurementContext,
} from './demo-measurement.js';
import { loadOrganisations } from './demo-organisations.js';
import { demoProgramme, loadProgrammes } from './demo-partners.js';
import { reportOpenQuarter } from './demo-reporting.js';
import { loadDemoStatistics } from './demo-statistics.js';
import { loadDemoSubUnits } from './demo-sub-units.js';

export const DEMO_MEASUREMENTS: readonly DemoMeasurement[] = [
  BRYD_ARVEN,
  HJEM_TIL_ALLE,
  DET_AABNE_LAND,
  RUMMELIGHED,
  BYGNINGSARVEN,
];

const started = Date.now();

function log(message: string): void {
  console.log(`demo data [${((Date.now() - started) / 1000).toFixed(1)} s]: ${message}`);
}

/** One programme's indicators, periods, history and open quarter; returns a line for the log. */
async function loadMeasurement(ctx: MeasurementContext): Promise<string> {
  const configured = await configureIndicators(ctx);
  const periods = await ensurePeriods(ctx);
  const imported = await importHistory(ctx, periods);
  const open = periods.get(ctx.calendar.openQuarter);
  const moved = await reportOpenQuarter(ctx, open, await submittedReports(ctx.api, ctx.programmeId));
  const locked = await lockDemoPeriod(ctx, periods);
  return `${ctx.programme.slug}: ${ctx.measurement.indicators.length} indicators (${configured} newly tracked), ${periods.size} periods, ${imported} earlier reports imported, ${moved} reports of ${ctx.calendar.openQuarter} moved on${locked}`;
}

async function loadAllMeasurement(
  api: DemoApi,
  programmeIds: ReadonlyMap<string, string>,
  calendar: DemoCalendar,
): Promise<void> {
  log(`${await defineIndicators(api, DEMO_MEASUREMENTS)} indicators added to the library`);
  for (const measurement of DEMO_MEASUREMENTS) {
    const programmeId = programmeIds.get(measurement.slug);
    if (!programmeId) throw new Error(`no programme ${measurement.slug}`);
    const programme = demoProgramme(measurement.slug);
    log(await loadMeasurement({ api, programmeId, programme, measurement, calendar }));
  }
}

export async function loadDemoData(api: DemoApi, calendar = demoCalendar()): Promise<void> {
  await introduceToNotifications(api);
  log(await loadOrganisations(api));
  log(`${await loadDemoContacts(api)} contacts added for notifications`);
  const programmes = await loadProgrammes(api);
  log(`${programmes.created} programmes created, ${programmes.ids.size - programmes.created} already there`);
  await loadAllMeasurement(api, programmes.ids, calendar);
  log(await loadDemoStatistics(api));
  log(await loadDemoLearning(api, programmes.ids));
  log(await loadDemoGrants(api, programmes.ids, calendar));
  log(await loadDemoFeedGrants(api.gateway, programmes.ids));
  log(await loadDemoAnnouncements(api, programmes.ids));
  log(await loadDemoGovernance(api, programmes.ids));
  log(await loadDemoHealthCheck(api, programmes.ids));
  log(await loadDemoSubUnits(api, programmes.ids, calendar));
  log('loaded');
}

await loadDemoData(new DemoApi(process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:3000'));
