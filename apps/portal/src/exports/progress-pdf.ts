import type { ProgressDto } from '@samvirke/contracts';
import { aggregateCell, unitName } from './progress-export.js';
import { cellText, PdfLayout, type PdfColumn } from './pdf-layout.js';

/**
 * A programme's progress report for a foundation's board: the programme, the periods covered, data
 * quality, and each indicator with baseline, target and actual per period. Every figure comes from
 * the progress the API returned to the user: a hidden count is written "<5", a held-back figure
 * "undertrykt", never the number.
 */
type Translate = (da: string, en: string) => string;

export interface ProgressReportInput {
  readonly programmeName: string;
  /** Oldest first. */
  readonly progress: readonly ProgressDto[];
  readonly t: Translate;
  readonly formatNumber: (value: number) => string;
  /** When the report was made, as the reader writes a date. */
  readonly madeOn: string;
}

export function reportPeriod(progress: readonly ProgressDto[]): string {
  const first = progress[0]?.period;
  const last = progress.at(-1)?.period;
  if (!first || !last) return '–';
  return first === last ? first : `${first} – ${last}`;
}

function percent(value: number | null, input: ProgressReportInput): string {
  return value === null ? '–' : `${input.formatNumber(value)} %`;
}

function qualitySection(layout: PdfLayout, input: ProgressReportInput): void {
  const { t } = input;
  layout.heading(t('Datakvalitet', 'Data quality'), 13);
  const columns: PdfColumn[] = [
    { title: t('Periode', 'Period'), width: 0.2 },
    { title: t('Godkendt / forventet', 'Approved / expected'), width: 0.3, align: 'right' },
    { title: t('Fuldstændighed', 'Completeness'), width: 0.25, align: 'right' },
    { title: t('Rettidighed', 'Timeliness'), width: 0.25, align: 'right' },
  ];
  layout.table(
    columns,
    input.progress.map((period) => [
      period.period,
      `${period.completeness.approved} / ${period.completeness.expected}`,
      percent(period.completeness.share, input),
      percent(period.timeliness.share, input),
    ]),
  );
}

function indicatorSection(layout: PdfLayout, input: ProgressReportInput, code: string): void {
  const { t } = input;
  const lines = input.progress.flatMap((period) => {
    const indicator = period.indicators.find((candidate) => candidate.code === code);
    return indicator ? [{ period: period.period, indicator }] : [];
  });
  const first = lines[0]?.indicator;
  if (!first) return;
  layout.heading(`${t(first.nameDa, first.nameEn)} (${unitName(first.unit, t)})`, 13);
  const number = (value: number | null) => cellText(value, input.formatNumber);
  const columns: PdfColumn[] = [
    { title: t('Periode', 'Period'), width: 0.2 },
    { title: t('Udgangspunkt', 'Baseline'), width: 0.2, align: 'right' },
    { title: t('Mål', 'Target'), width: 0.2, align: 'right' },
    { title: t('Faktisk', 'Actual'), width: 0.2, align: 'right' },
    { title: t('Målopfyldelse', 'Attainment'), width: 0.2, align: 'right' },
  ];
  layout.table(
    columns,
    lines.map(({ period, indicator }) => [
      period,
      number(indicator.baseline),
      number(indicator.target),
      cellText(aggregateCell(indicator, t), input.formatNumber),
      percent(indicator.attainmentPercent, input),
    ]),
  );
}

export async function progressReportPdf(input: ProgressReportInput): Promise<Uint8Array> {
  const { t } = input;
  const title = t(`Fremdriftsrapport: ${input.programmeName}`, `Progress report: ${input.programmeName}`);
  const layout = await PdfLayout.create(title);
  layout.heading(title, 18);
  layout.paragraph(
    t(
      `Periode: ${reportPeriod(input.progress)}. Udarbejdet ${input.madeOn} fra Samvirke.`,
      `Period: ${reportPeriod(input.progress)}. Made on ${input.madeOn} from Samvirke.`,
    ),
  );
  qualitySection(layout, input);
  const codes = [...new Set(input.progress.flatMap((period) => period.indicators.map((i) => i.code)))];
  for (const code of codes) indicatorSection(layout, input, code);
  layout.paragraph(
    t(
      '"<5" er et antal personer fra 1 til 4, som ikke vises for at beskytte de enkelte. "undertrykt" er et tal, der holdes tilbage, fordi for få organisationer bidrog, eller fordi et lille antal ellers kunne regnes ud. "–" betyder, at der ikke er et tal.',
      '"<5" is a count of people from 1 to 4, not shown to protect the individuals. "suppressed" is a figure held back because too few organisations contributed, or because a small count could otherwise be worked out. "–" means there is no figure.',
    ),
    9,
  );
  return layout.bytes();
}
