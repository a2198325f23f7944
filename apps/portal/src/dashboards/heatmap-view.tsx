import { DownloadButtons } from '../exports/download-buttons.js';
import { useI18n } from '../i18n/i18n.js';
import { ColumnHeads } from '../components/data-table.js';
import { EmptyState } from './empty-state.js';
import { REPORT_STATES, type Heatmap, type ReportState } from './heatmap.js';
import { TableWrap } from '../components/table-wrap.js';

type Translate = (da: string, en: string) => string;

/** Each state has a symbol and a word as well as a colour, so colour is never the only signal. */
const SYMBOL: Record<ReportState, string> = {
  'on-time': '✓',
  late: '!',
  returned: '↩',
  missing: '✗',
  'not-due': '·',
};

export function stateName(state: ReportState, t: Translate): string {
  switch (state) {
    case 'on-time':
      return t('Til tiden', 'On time');
    case 'late':
      return t('For sent', 'Late');
    case 'returned':
      return t('Sendt retur', 'Returned');
    case 'missing':
      return t('Mangler', 'Missing');
    case 'not-due':
      return t('Ikke forfalden', 'Not yet due');
  }
}

export function HeatmapView({ map, programmeId }: { map: Heatmap; programmeId: string }) {
  const { t } = useI18n();
  if (map.periods.length === 0 || map.rows.length === 0)
    return (
      <EmptyState
        text={
          map.periods.length === 0
            ? t(
                'Programmet har ingen indberetningsperioder endnu. Når backbone-organisationen åbner en periode, viser oversigten her, hvem der har indberettet til tiden.',
                'The programme has no reporting periods yet. Once the backbone organisation opens a period, this overview shows who reported on time.',
              )
            : t(
                'Programmet har ingen dataleverandører, du kan se. Tilføj medlemmer med rollen dataleverandør på programmets oversigt.',
                'The programme has no data providers you can see. Add members with the data provider role on the programme’s overview.',
              )
        }
        href={`/programmes/${programmeId}`}
        link={t('Til programmets oversigt', 'To the programme’s overview')}
      />
    );
  return (
    <>
      <Legend map={map} />
      <HeatmapTable map={map} />
    </>
  );
}

function Legend({ map }: { map: Heatmap }) {
  const { t } = useI18n();
  return (
    <ul className="heatmap-legend" aria-label={t('Forklaring og antal', 'Key and counts')}>
      {REPORT_STATES.map((state) => (
        <li key={state}>
          <span className={`heat heat-${state}`} aria-hidden="true">
            {SYMBOL[state]}
          </span>{' '}
          {stateName(state, t)}: {map.counts[state]}
        </li>
      ))}
    </ul>
  );
}

function HeatmapTable({ map }: { map: Heatmap }) {
  const { t } = useI18n();
  const columns = [t('Organisation', 'Organisation'), ...map.periods.map((period) => period.period)];
  return (
    <TableWrap label={t('Indberetning pr. organisation og periode', 'Reporting per organisation and period')}>
      <table className="heatmap">
        <caption>
          {t('Indberetning pr. organisation og periode', 'Reporting per organisation and period')}
        </caption>
        <ColumnHeads columns={columns} />
        <tbody>
          {map.rows.map((row) => (
            <tr key={row.organisationId}>
              <th scope="row">{row.name}</th>
              {row.cells.map((state, index) => (
                <td key={map.periods[index]?.id} className={`heat heat-${state}`}>
                  <span aria-hidden="true">{SYMBOL[state]} </span>
                  {stateName(state, t)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <DownloadButtons
        caption={t('indberetning pr. organisation og periode', 'reporting per organisation and period')}
        columns={columns}
        rows={map.rows.map((row) => [row.name, ...row.cells.map((state) => stateName(state, t))])}
        fileName={t('indberetning-over-tid', 'reporting-over-time')}
      />
    </TableWrap>
  );
}
