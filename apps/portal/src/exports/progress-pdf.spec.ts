import { pdfText } from '../../test/export-readers.js';
import { progressFixture } from '../../test/progress-fixture.js';
import { progressReportPdf, reportPeriod } from './progress-pdf.js';

const formatNumber = (value: number) =>
  new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(value);

describe('the progress report PDF', () => {
  it('names the programme and period and gives baseline, target and actual per period, as pdf.js reads it', async () => {
    const bytes = await progressReportPdf({
      programmeName: 'Bryd den negative sociale arv',
      progress: progressFixture(),
      t: (da) => da,
      formatNumber,
      madeOn: '6. dec. 2026',
    });
    const text = (await pdfText(bytes)).join('\n');
    expect(text).toContain('Fremdriftsrapport: Bryd den negative sociale arv');
    expect(text).toContain('Periode: 2026-Q1 – 2026-Q2');
    expect(text).toContain('Unge i uddannelse (antal)');
    expect(text).toMatch(/2026-Q2 1\.000 1\.500 1\.300 60 %/);
    expect(text).toMatch(/2026-Q1 1\.000 – 1\.250,5 –/);
    expect(text).toContain('Anbragte børn (antal)');
    expect(text).toMatch(/2026-Q1 40 – undertrykt –/);
    expect(text).toMatch(/2026-Q2 40 30 <5 –/);
  });

  it('never writes an organisation’s hidden value, in English too', async () => {
    const bytes = await progressReportPdf({
      programmeName: 'Hjem til alle',
      progress: progressFixture(),
      t: (_, en) => en,
      formatNumber: (value) => String(value),
      madeOn: '6 Dec 2026',
    });
    const text = (await pdfText(bytes)).join('\n');
    expect(text).toContain('Progress report: Hjem til alle');
    expect(text).toMatch(/2026-Q1 40 – suppressed –/);
    expect(text).not.toContain('Københavns Kommune');
  });

  it('says the period of one or no periods', () => {
    expect(reportPeriod(progressFixture().slice(0, 1))).toBe('2026-Q1');
    expect(reportPeriod([])).toBe('–');
  });
});
