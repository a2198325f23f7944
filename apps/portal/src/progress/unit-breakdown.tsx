import type { ProgressDto } from '@samvirke/contracts';
import { useI18n, type I18n } from '../i18n/i18n.js';

type OrganisationRow = ProgressDto['indicators'][number]['organisations'][number];
type Shown = OrganisationRow['value'];

function shownText(i18n: I18n, value: Shown): string {
  if (value === '<5') return '<5';
  return value === 'suppressed' ? i18n.t('skjult', 'hidden') : i18n.formatNumber(value);
}

function summaryText(i18n: I18n, row: OrganisationRow): string {
  const count = row.units?.length ?? 0;
  const value = shownText(i18n, row.value);
  return i18n.t(
    `${row.name}: ${value} fra ${count} ${count === 1 ? 'underenhed' : 'underenheder'}`,
    `${row.name}: ${value} from ${count} ${count === 1 ? 'sub-unit' : 'sub-units'}`,
  );
}

/**
 * The sub-units whose values make a municipality's row (the progress read with
 * `hierarchy=expanded`), one folded-away table per such row; values hidden from the caller stay
 * "<5" or "skjult" as the API sends them.
 */
export function UnitBreakdown({ code, rows }: { code: string; rows: readonly OrganisationRow[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const folded = rows.filter((row) => (row.units?.length ?? 0) > 0);
  if (folded.length === 0) return null;
  return (
    <>
      {folded.map((row) => (
        <details key={row.organisationId} data-testid={`units-${code}-${row.organisationId}`}>
          <summary>{summaryText(i18n, row)}</summary>
          <table className="compact">
            <caption className="visually-hidden">
              {t(`Underenheder i ${row.name}`, `Sub-units of ${row.name}`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('Underenhed', 'Sub-unit')}</th>
                <th scope="col" className="num">
                  {t('Værdi', 'Value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {row.units?.map((unit) => (
                <tr key={unit.organisationId}>
                  <th scope="row">{unit.name}</th>
                  <td className="num">{shownText(i18n, unit.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </>
  );
}
