/**
 * Population context for the demo: official-style statistics per municipality for the library's
 * "25-årige med en ungdomsuddannelse", written as a StatBank export (OMRÅDE;TID;INDHOLD, a row for
 * the whole country, decimal commas) and loaded by the platform admin through the gateway. The
 * figures are made up, seeded per municipality and year, and the source says so.
 */
import {
  DK_MUNICIPALITIES,
  type IndicatorDto,
  type Page,
  type PopulationStatisticsDto,
} from '@samvirke/contracts';
import { requestAs } from '@samvirke/testing';
import type { DemoApi } from './demo-api.js';
import { seeded } from './demo-calendar.js';

const CODE = 'ungdomsuddannelse-som-25-aarig';
const YEARS = ['2022', '2023', '2024', '2025'];
export const DEMO_STATISTICS_SOURCE = 'Demodata i Statistikbankens format (ikke officielle tal)';

function share(code: string, year: string): number {
  const level = 72 + seeded(`statistics:${code}`) * 14;
  return (
    Math.round((level + (Number(year) - 2022) * 0.4 + seeded(`statistics:${code}:${year}`) * 0.6) * 10) / 10
  );
}

export function demoStatisticsCsv(): string {
  const rows = YEARS.flatMap((year) => [
    `000 Hele landet;${year};${String(Math.round((79.3 + (Number(year) - 2022) * 0.4) * 10) / 10).replace('.', ',')}`,
    ...DK_MUNICIPALITIES.map(
      (municipality) =>
        `${municipality.code} ${municipality.name};${year};${String(share(municipality.code, year)).replace('.', ',')}`,
    ),
  ]);
  return ['OMRÅDE;TID;INDHOLD', ...rows].join('\r\n') + '\r\n';
}

export async function loadDemoStatistics(api: DemoApi): Promise<string> {
  const page = await api.get<Page<IndicatorDto>>('admin', `/measurement/indicators?q=${CODE}&limit=200`);
  const indicator = page.items.find((item) => item.code === CODE);
  if (!indicator) return `no indicator ${CODE}: no population statistics`;
  const path = `/measurement/indicators/${indicator.id}/statistics`;
  const stored = await api.get<PopulationStatisticsDto>('admin', path);
  if (stored.statistics.length >= YEARS.length * DK_MUNICIPALITIES.length)
    return `population statistics for ${CODE} there already`;
  const request = await requestAs('admin', 'PUT');
  const response = await fetch(
    `${api.gateway}/api${path}?source=${encodeURIComponent(DEMO_STATISTICS_SOURCE)}`,
    {
      ...request,
      headers: { ...(request.headers as Record<string, string>), 'content-type': 'text/csv; charset=utf-8' },
      body: demoStatisticsCsv(),
    },
  );
  if (!response.ok)
    throw new Error(`loading the demo statistics answered ${response.status}: ${await response.text()}`);
  return `population statistics for ${CODE}: ${YEARS.length} years × ${DK_MUNICIPALITIES.length} municipalities`;
}
