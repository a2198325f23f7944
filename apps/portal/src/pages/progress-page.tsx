import type { ProgrammeIndicatorDto, ProgressDto } from '@samvirke/contracts';
import { useState } from 'react';
import { OrganisationBars } from '../charts/organisation-bars.js';
import { TrendChart, type TrendPoint } from '../charts/trend-chart.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { loadProgramme } from '../programmes.js';
import { loadPeriods } from '../reporting/load.js';

export function ProgressPage({ programmeId }: { programmeId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad(async (api) => {
    const [programme, periods, tracked] = await Promise.all([
      loadProgramme(api, programmeId),
      loadPeriods(api, programmeId),
      api.get<ProgrammeIndicatorDto[]>(`/measurement/programmes/${programmeId}/indicators`),
    ]);
    const labels = [...new Set(periods.map((period) => period.period))].sort();
    const progress = await Promise.all(
      labels.map((label) =>
        api.get<ProgressDto>(
          `/measurement/programmes/${programmeId}/progress?period=${encodeURIComponent(label)}`,
        ),
      ),
    );
    return { programme, tracked, progress };
  }, `progress:${programmeId}`);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Page title={t('Fremdrift', 'Progress')} crumbs={[{ href: '/', label: t('Programmer', 'Programmes') }]}>
      <Await loaded={loaded}>
        {({ programme, tracked, progress }, reload) => {
          const selected = progress.find((item) => item.period === chosen) ?? progress[progress.length - 1];
          return (
            <>
              <ProgrammeNav programmeId={programmeId} name={programme.name} />
              {!selected ? (
                <p>
                  {t(
                    'Programmet har ingen indberetningsperioder endnu.',
                    'The programme has no reporting periods yet.',
                  )}
                </p>
              ) : (
                <>
                  <div className="toolbar">
                    <div className="field inline">
                      <label htmlFor="period">{t('Periode', 'Period')}</label>
                      <select
                        id="period"
                        value={selected.period}
                        onChange={(event) => setChosen(event.target.value)}
                      >
                        {progress.map((item) => (
                          <option key={item.period} value={item.period}>
                            {item.period}
                          </option>
                        ))}
                      </select>
                    </div>
                    <button type="button" onClick={reload}>
                      {t('Opdater', 'Refresh')}
                    </button>
                  </div>
                  <Quality progress={selected} />
                  {selected.indicators.map((indicator) => {
                    const config = tracked.find((item) => item.code === indicator.code);
                    const name = i18n.language === 'da' ? indicator.nameDa : indicator.nameEn;
                    // The axis runs from the baseline through every reporting period to the last target.
                    const axis = [
                      ...new Set([
                        ...(config?.baseline ? [config.baseline.period] : []),
                        ...progress.map((item) => item.period),
                        ...(config?.targets.map((target) => target.period) ?? []),
                      ]),
                    ].sort();
                    const points: TrendPoint[] = axis.map((period) => {
                      const value = progress
                        .find((item) => item.period === period)
                        ?.indicators.find((candidate) => candidate.code === indicator.code)?.aggregate;
                      return {
                        period,
                        actual: typeof value === 'number' ? value : null,
                        target: config?.targets.find((target) => target.period === period)?.value ?? null,
                      };
                    });
                    return (
                      <section
                        key={indicator.code}
                        className="panel indicator"
                        aria-labelledby={`ind-${indicator.code}`}
                      >
                        <h2 id={`ind-${indicator.code}`}>{name}</h2>
                        <dl className="figures">
                          <div>
                            <dt>{t('Samlet', 'Total')}</dt>
                            <dd data-testid={`aggregate-${indicator.code}`}>
                              {aggregateText(
                                i18n,
                                indicator.aggregate,
                                indicator.aggregateSuppressed && indicator.contributors > 0,
                              )}
                            </dd>
                          </div>
                          <div>
                            <dt>{t('Udgangspunkt', 'Baseline')}</dt>
                            <dd>
                              {indicator.baseline === null ? '–' : i18n.formatNumber(indicator.baseline)}
                            </dd>
                          </div>
                          <div>
                            <dt>{t('Mål', 'Target')}</dt>
                            <dd>{indicator.target === null ? '–' : i18n.formatNumber(indicator.target)}</dd>
                          </div>
                          <div>
                            <dt>{t('Målopfyldelse', 'Attainment')}</dt>
                            <dd>
                              {indicator.attainmentPercent === null
                                ? '–'
                                : `${i18n.formatNumber(indicator.attainmentPercent, 0)} %`}
                            </dd>
                          </div>
                          <div>
                            <dt>{t('Udvikling', 'Trend')}</dt>
                            <dd>{trendText(i18n, indicator.trend, indicator.polarity)}</dd>
                          </div>
                        </dl>
                        <div className="two-columns">
                          <TrendChart
                            id={`trend-${indicator.code}`}
                            title={t(`${name}: udvikling mod mål`, `${name}: trend against target`)}
                            points={points}
                            baseline={config?.baseline ?? null}
                          />
                          <div>
                            <h3>{t('Organisationerne', 'The organisations')}</h3>
                            <OrganisationBars
                              id={`orgs-${indicator.code}`}
                              title={t(
                                `${name} pr. organisation, ${selected.period}`,
                                `${name} per organisation, ${selected.period}`,
                              )}
                              values={indicator.organisations}
                            />
                          </div>
                        </div>
                      </section>
                    );
                  })}
                </>
              )}
            </>
          );
        }}
      </Await>
    </Page>
  );
}

function aggregateText(i18n: I18n, value: number | '<5' | null, suppressed: boolean): string {
  // Held back because too few organisations contributed, or because it would give a small count away.
  if (suppressed) return i18n.t('Skjult (beskytter små tal)', 'Hidden (protects small numbers)');
  if (value === null) return '–';
  return value === '<5' ? '<5' : i18n.formatNumber(value);
}

function trendText(i18n: I18n, trend: 'up' | 'down' | 'flat' | null, polarity: string): string {
  if (trend === null) return '–';
  const good =
    (trend === 'up' && polarity === 'higher-is-better') ||
    (trend === 'down' && polarity === 'lower-is-better');
  const arrow = { up: '↑', down: '↓', flat: '→' }[trend];
  const words = {
    up: i18n.t('stigende', 'rising'),
    down: i18n.t('faldende', 'falling'),
    flat: i18n.t('uændret', 'flat'),
  }[trend];
  return `${arrow} ${words}${trend === 'flat' ? '' : good ? i18n.t(' (godt)', ' (good)') : i18n.t(' (skidt)', ' (bad)')}`;
}

function Meter({ label, share, detail }: { label: string; share: number | null; detail: string }) {
  return (
    <div className="meter">
      <div className="meter-label">
        <span>{label}</span>
        <strong>{share === null ? '–' : `${Math.round(share)} %`}</strong>
      </div>
      <div className="meter-track" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${share ?? 0}%` }} />
      </div>
      <p className="muted">{detail}</p>
    </div>
  );
}

function Quality({ progress }: { progress: ProgressDto }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="quality" className="panel">
      <h2 id="quality">{t('Datakvalitet', 'Data quality')}</h2>
      <div className="two-columns">
        <Meter
          label={t('Fuldstændighed', 'Completeness')}
          share={progress.completeness.share}
          detail={t(
            `${progress.completeness.approved} af ${progress.completeness.expected} dataleverandører godkendt`,
            `${progress.completeness.approved} of ${progress.completeness.expected} data providers approved`,
          )}
        />
        <Meter
          label={t('Rettidighed', 'Timeliness')}
          share={progress.timeliness.share}
          detail={t(
            `${progress.timeliness.onTime} af ${progress.timeliness.approved} indsendt til tiden`,
            `${progress.timeliness.onTime} of ${progress.timeliness.approved} submitted on time`,
          )}
        />
      </div>
    </section>
  );
}
