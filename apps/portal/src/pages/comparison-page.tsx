import type { IndicatorComparisonDto, IndicatorDto, Page as ResultPage } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { TrendChart } from '../charts/trend-chart.js';
import { Page } from '../components/page.js';
import { TableWrap } from '../components/table-wrap.js';
import { Await } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { adminTerm } from '../measurement-admin/admin-terms.js';
import { librarySearchPath } from '../measurement-admin/library-search.js';
import { TurningBadge } from '../learning/scorecard-card.js';
import { trendPoints } from '../learning/scorecard-groups.js';
import { useLoad } from '../portal-context.js';
import { navigate } from '../router.js';

interface Comparison {
  readonly library: IndicatorDto[];
  readonly comparison: IndicatorComparisonDto | null;
}

async function loadComparison(api: ApiClient, code: string | undefined): Promise<Comparison> {
  const [library, comparison] = await Promise.all([
    api.get<ResultPage<IndicatorDto>>(librarySearchPath({ q: '', status: '' })),
    code
      ? api.get<IndicatorComparisonDto>(`/measurement/indicators/${encodeURIComponent(code)}/comparison`)
      : Promise.resolve(null),
  ]);
  return { library: library.items, comparison };
}

/** One indicator side by side across the programmes the caller's foundation funds (learning across programmes). */
export function ComparisonPage({ code }: { code?: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadComparison(api, code), `comparison:${code ?? ''}`);
  return (
    <Page title={t('Sammenlign programmer', 'Compare programmes')}>
      <p className="muted">
        {t(
          'Den samme indikator side om side i de programmer, jeres fond støtter. Små tal og tal fra for få organisationer vises ikke.',
          'The same indicator side by side in the programmes your foundation funds. Small numbers and figures from too few organisations are not shown.',
        )}
      </p>
      <Await loaded={loaded}>
        {({ library, comparison }) => (
          <>
            <IndicatorChooser library={library} code={code} />
            {comparison && <ComparisonView comparison={comparison} />}
          </>
        )}
      </Await>
    </Page>
  );
}

function IndicatorChooser({ library, code }: { library: IndicatorDto[]; code?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="toolbar">
      <div className="field inline">
        <label htmlFor="comparison-indicator">{t('Indikator', 'Indicator')}</label>
        <select
          id="comparison-indicator"
          value={code ?? ''}
          onChange={(event) =>
            navigate(
              event.target.value ? `/comparisons/${encodeURIComponent(event.target.value)}` : '/comparisons',
            )
          }
        >
          <option value="">{t('Vælg en indikator', 'Choose an indicator')}</option>
          {library.map((item) => (
            <option key={item.code} value={item.code}>
              {`${i18n.language === 'da' ? item.nameDa : item.nameEn} (${item.code})`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function cell(
  i18n: I18n,
  value: IndicatorComparisonDto['programmes'][number]['curve'][number]['value'] | undefined,
) {
  if (value === undefined) return '–';
  if (value === null) return i18n.t('skjult', 'hidden');
  return typeof value === 'number' ? i18n.formatNumber(value) : value;
}

function ComparisonView({ comparison }: { comparison: IndicatorComparisonDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const name = i18n.language === 'da' ? comparison.nameDa : comparison.nameEn;
  if (comparison.programmes.length === 0)
    return (
      <p>
        {t(
          `Ingen af de programmer, I støtter, måler ${name}.`,
          `None of the programmes you fund tracks ${name}.`,
        )}
      </p>
    );
  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{name}</h2>
      <p>
        {t('En god udvikling:', 'A good trend:')} {adminTerm(i18n, comparison.goodDirection)}
      </p>
      <ComparisonTable comparison={comparison} name={name} />
      <ProgrammeCurves comparison={comparison} name={name} />
    </section>
  );
}

function ComparisonTable({ comparison, name }: { comparison: IndicatorComparisonDto; name: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const periods = [
    ...new Set(comparison.programmes.flatMap((programme) => programme.curve.map((point) => point.period))),
  ].sort();
  return (
    <TableWrap label={t(`${name} pr. program og periode`, `${name} by programme and period`)}>
      <table>
        <caption>{t(`${name} pr. program og periode`, `${name} by programme and period`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Program', 'Programme')}</th>
            {periods.map((period) => (
              <th key={period} scope="col">
                {period}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.programmes.map((programme) => (
            <tr key={programme.programmeId}>
              <th scope="row">{programme.name}</th>
              {periods.map((period) => (
                <td key={period}>
                  {cell(i18n, programme.curve.find((point) => point.period === period)?.value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function ProgrammeCurves({ comparison, name }: { comparison: IndicatorComparisonDto; name: string }) {
  return (
    <>
      {comparison.programmes.map((programme) => (
        <section
          key={programme.programmeId}
          className="panel"
          aria-labelledby={`comparison-${programme.programmeId}`}
        >
          <h3 id={`comparison-${programme.programmeId}`}>{programme.name}</h3>
          <TurningBadge turning={programme.turningTheCurve} />
          <TrendChart
            id={`comparison-chart-${programme.programmeId}`}
            title={`${name} – ${programme.name}`}
            points={trendPoints(programme.curve)}
            baseline={programme.baseline}
          />
        </section>
      ))}
    </>
  );
}
