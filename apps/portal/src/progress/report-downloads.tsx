import type { ProgressDto } from '@samvirke/contracts';
import { DownloadButtons } from '../exports/download-buttons.js';
import { dataQualityTable, indicatorsTable, organisationsTable } from '../exports/progress-export.js';
import { useI18n, type I18n } from '../i18n/i18n.js';

/** The board's PDF; pdf-lib is loaded only when someone asks for one, as most visits never do. */
async function boardPdf(i18n: I18n, programmeName: string, progress: readonly ProgressDto[]) {
  const { progressReportPdf } = await import('../exports/progress-pdf.js');
  return progressReportPdf({
    programmeName,
    progress,
    t: i18n.t,
    formatNumber: (value) => i18n.formatNumber(value),
    madeOn: i18n.formatDate(new Date().toISOString()),
  });
}

/** The whole programme's figures to take away: every indicator in every period, and the board's PDF. */
export function ReportDownloads(props: { programmeName: string; progress: readonly ProgressDto[] }) {
  const { programmeName, progress } = props;
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="panel" aria-labelledby="downloads">
      <h2 id="downloads">{t('Hent rapporten', 'Download the report')}</h2>
      <p className="muted">
        {t(
          'Alle indikatorer i alle perioder med udgangspunkt, mål og faktisk værdi. Små tal står som "<5", og tal, der holdes tilbage (på siden "skjult"), som "undertrykt".',
          'Every indicator in every period with baseline, target and actual value. Small counts read "<5", and figures held back ("hidden" on the page) "suppressed".',
        )}
      </p>
      <DownloadButtons
        caption={t('indikatorer for alle perioder', 'indicators for every period')}
        {...indicatorsTable(progress, t)}
        fileName={`${programmeName}-${t('fremdrift', 'progress')}`}
        pdf={() => boardPdf(i18n, programmeName, progress)}
      />
      <h3>{t('Datakvalitet for alle perioder', 'Data quality for every period')}</h3>
      <DownloadButtons
        caption={t('datakvalitet for alle perioder', 'data quality for every period')}
        {...dataQualityTable(progress, t)}
        fileName={`${programmeName}-${t('datakvalitet', 'data-quality')}`}
      />
    </section>
  );
}

interface IndicatorDownloadsProps {
  readonly code: string;
  readonly name: string;
  readonly progress: readonly ProgressDto[];
  readonly period: string;
}

/** Under the trend chart: the indicator's baseline, target and actual in every period. */
export function TrendDownloads({ code, name, progress }: Omit<IndicatorDownloadsProps, 'period'>) {
  const { t } = useI18n();
  const trend = indicatorsTable(
    progress.map((item) => ({ ...item, indicators: item.indicators.filter((i) => i.code === code) })),
    t,
  );
  return (
    <DownloadButtons
      caption={t(`${name}: udvikling`, `${name}: trend`)}
      columns={trend.columns}
      rows={trend.rows}
      fileName={`${code}-${t('udvikling', 'trend')}`}
    />
  );
}

/** Under the organisations' bars: each organisation's value in the period chosen. */
export function OrganisationDownloads({ code, name, progress, period }: IndicatorDownloadsProps) {
  const { t } = useI18n();
  const current = progress.find((item) => item.period === period);
  if (!current) return null;
  const organisations = organisationsTable(current, t, code);
  return (
    <DownloadButtons
      caption={t(`${name} pr. organisation, ${period}`, `${name} per organisation, ${period}`)}
      columns={organisations.columns}
      rows={organisations.rows}
      fileName={`${code}-${t('organisationer', 'organisations')}-${period}`}
    />
  );
}
