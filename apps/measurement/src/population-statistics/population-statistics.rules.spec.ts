import { statisticsFromCsv } from '@samvirke/csv';
import { ValidationFailed } from '@samvirke/platform';
import { checkStatistics, loadedEvent, loadedSummary } from './population-statistics.rules.js';

describe('population statistics rules', () => {
  const indicator = { id: '4b0d1c52-8f7e-4b53-9a43-0b8d6c0b1f11', code: 'hjemloese-unge' };

  it('sums up a load: its periods once and in order, rows stored, figures not available, aggregates passed over', () => {
    const parsed = statisticsFromCsv(
      'OMRÅDE;TID;INDHOLD\n000 Hele landet;2025;1\n101;2025;2\n751;2024;..\n751;2024K3;3\n101;2024;4',
    );
    expect(loadedSummary(indicator, parsed)).toEqual({
      indicatorId: indicator.id,
      code: 'hjemloese-unge',
      periods: ['2024', '2024-Q3', '2025'],
      rows: 3,
      notAvailable: 1,
      aggregates: 1,
    });
  });

  it('refuses a file with any bad row, naming them all', () => {
    const parsed = statisticsFromCsv('kommunekode;periode;værdi\n999;2025;1\n101;x;2');
    expect(() => checkStatistics(parsed)).toThrow(ValidationFailed);
    expect(() => checkStatistics(statisticsFromCsv('kommunekode;periode;værdi\n101;2025;2'))).not.toThrow();
  });

  it('tells of the load with its source, keyed by the indicator', () => {
    const summary = loadedSummary(indicator, statisticsFromCsv('kommunekode;periode;værdi\n101;2025;2'));
    const event = loadedEvent(summary, 'Danmarks Statistik');
    expect(event.data).toEqual({
      indicatorId: indicator.id,
      code: 'hjemloese-unge',
      periods: ['2025'],
      rows: 1,
      source: 'Danmarks Statistik',
    });
    expect(event.options.subject).toBe(indicator.id);
  });
});
