import type { ProgressDto } from '@samvirke/contracts';
import { OrganisationBars } from '../charts/organisation-bars.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { organisationCell } from '../exports/progress-export.js';
import { useI18n } from '../i18n/i18n.js';
import { ColumnHeads } from '../components/data-table.js';
import { additive, NO_REGION, regionGroups, type RegionGroup } from './regions.js';
import { TableWrap } from '../components/table-wrap.js';

type IndicatorProgress = ProgressDto['indicators'][number];

/** An indicator's organisations under the five regions: tiles, bars of the regions' sums, and the table. */
export function RegionView({
  indicator,
  period,
  regions,
}: {
  indicator: IndicatorProgress;
  period: string;
  regions: ReadonlyMap<string, string | null>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const name = t(indicator.nameDa, indicator.nameEn);
  const sums = additive(indicator.unit);
  const groups = regionGroups(indicator.organisations, regions, sums);
  const named = groups.map((group) => ({
    ...group,
    name: group.code === NO_REGION ? t('Uden for kommunerne', 'Outside the municipalities') : group.name,
  }));
  return (
    <>
      <RegionTiles groups={named.filter((group) => group.code !== NO_REGION)} />
      {sums && named.some((group) => group.total !== null) && (
        <div className="region-bars">
          <OrganisationBars
            id={`regions-${indicator.code}`}
            title={t(`${name} pr. region, ${period}`, `${name} per region, ${period}`)}
            values={named.flatMap((group) =>
              group.total === null
                ? []
                : [{ organisationId: group.code, name: group.name, value: group.total }],
            )}
          />
        </div>
      )}
      <RegionTable groups={named} name={name} period={period} code={indicator.code} />
    </>
  );
}

/** One tile per region, shaded by its sum; the sum or why there is none is written on it. */
function RegionTiles({ groups }: { groups: readonly RegionGroup[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const max = Math.max(1, ...groups.map((group) => group.total ?? 0));
  return (
    <ul className="region-tiles" aria-label={t('Regionerne', 'The regions')}>
      {groups.map((group) => {
        const level = group.total === null ? 0 : Math.ceil((group.total / max) * 4);
        return (
          <li key={group.code} className={`region-tile level-${level}`}>
            <strong>{group.name}</strong>
            <span>
              {group.organisations.length === 0
                ? t('Ingen organisationer', 'No organisations')
                : group.total === null
                  ? t('Sum vises ikke', 'Sum not shown')
                  : i18n.formatNumber(group.total)}
            </span>
            <span className="muted">
              {group.organisations.length === 1
                ? t('1 organisation', '1 organisation')
                : t(
                    `${group.organisations.length} organisationer`,
                    `${group.organisations.length} organisations`,
                  )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

interface RegionTableProps {
  readonly groups: readonly RegionGroup[];
  readonly name: string;
  readonly period: string;
  readonly code: string;
}

function RegionTable({ groups, name, period, code }: RegionTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const columns = [t('Region', 'Region'), t('Organisation', 'Organisation'), t('Værdi', 'Value')];
  const rows = groups.flatMap((group) =>
    group.organisations.map((item) => [group.name, item.name, organisationCell(item.value, t)]),
  );
  const text = (cell: string | number | null) =>
    typeof cell === 'number' ? i18n.formatNumber(cell) : (cell ?? '–');
  return (
    <TableWrap
      label={t(`${name} pr. kommune og region, ${period}`, `${name} per municipality and region, ${period}`)}
    >
      <table>
        <caption>
          {t(`${name} pr. kommune og region, ${period}`, `${name} per municipality and region, ${period}`)}
        </caption>
        <ColumnHeads columns={columns} />
        <tbody>
          {rows.map((row) => (
            <tr key={`${row[0]}:${row[1]}`}>
              <td>{row[0]}</td>
              <th scope="row">{row[1]}</th>
              <td className="num">{text(row[2] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DownloadButtons
        caption={t(`${name} pr. kommune og region`, `${name} per municipality and region`)}
        columns={columns}
        rows={rows}
        fileName={`${code}-${t('regioner', 'regions')}-${period}`}
      />
    </TableWrap>
  );
}
