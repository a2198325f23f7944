import { DownloadButtons } from '../exports/download-buttons.js';
import { kroner } from '../exports/funding-export.js';
import { formatKroner } from '../grants/money.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { ColumnHeads } from '../components/data-table.js';
import { EmptyState } from './empty-state.js';
import { portfolioTotals, type ProgrammeHealth } from './portfolio.js';
import { TableWrap } from '../components/table-wrap.js';

export function PortfolioView({ programmes }: { programmes: readonly ProgrammeHealth[] }) {
  const { t } = useI18n();
  if (programmes.length === 0)
    return (
      <EmptyState
        text={t(
          'Din fond finansierer ingen programmer i Samvirke endnu. Opret et program fra forsiden, eller bed backbone-organisationen om at tilføje jer som bevillingsgiver; så samles pengene, indberetningen og indikatorerne her.',
          'Your foundation funds no programmes in Samvirke yet. Create one from the front page, or ask the backbone organisation to add you as a funder; then the money, the reporting and the indicators gather here.',
        )}
        href="/"
        link={t('Gå til programmerne', 'Go to the programmes')}
      />
    );
  return (
    <>
      <PortfolioFigures programmes={programmes} />
      <PortfolioTable programmes={programmes} />
    </>
  );
}

function PortfolioFigures({ programmes }: { programmes: readonly ProgrammeHealth[] }) {
  const { t, language } = useI18n();
  const totals = portfolioTotals(programmes);
  return (
    <section className="panel" aria-labelledby="portfolio-totals">
      <h2 id="portfolio-totals">{t('Samlet', 'In total')}</h2>
      <dl className="figures">
        <div>
          <dt>{t('Programmer', 'Programmes')}</dt>
          <dd>{programmes.length}</dd>
        </div>
        <div>
          <dt>{t('Tilsagn', 'Committed')}</dt>
          <dd>{formatKroner(totals.committedOre, language)}</dd>
        </div>
        <div>
          <dt>{t('Bevilget', 'Awarded')}</dt>
          <dd>{formatKroner(totals.awardedOre, language)}</dd>
        </div>
        <div>
          <dt>{t('Udbetalt', 'Paid')}</dt>
          <dd>{formatKroner(totals.paidOre, language)}</dd>
        </div>
        <div>
          <dt>{t('Indikatorer bagud', 'Indicators off track')}</dt>
          <dd>{totals.offTrack}</dd>
        </div>
      </dl>
      {totals.funded < programmes.length && (
        <p className="muted">
          {t(
            `Beløbene dækker ${totals.funded} af ${programmes.length} programmer: de andres økonomi ser kun deres bevillingsgivere.`,
            `The amounts cover ${totals.funded} of ${programmes.length} programmes: only their funders see the others' money.`,
          )}
        </p>
      )}
    </section>
  );
}

function completenessText(programme: ProgrammeHealth, t: (da: string, en: string) => string): string {
  if (!programme.period) return t('Ingen perioder', 'No periods');
  const share = programme.completeness?.share;
  const words = { open: t('åben', 'open'), closed: t('lukket', 'closed'), locked: t('låst', 'locked') };
  const status = words[programme.period.status];
  return `${programme.period.period} (${status}): ${share === null || share === undefined ? '–' : `${Math.round(share)} %`}`;
}

function offTrackText(programme: ProgrammeHealth, i18n: I18n): string {
  const { t } = i18n;
  if (programme.offTrack.length === 0)
    return t(`Ingen af ${programme.indicators}`, `None of ${programme.indicators}`);
  return programme.offTrack
    .map((item) => `${t(item.nameDa, item.nameEn)} (${i18n.formatNumber(item.attainmentPercent, 0)} %)`)
    .join(', ');
}

function PortfolioTable({ programmes }: { programmes: readonly ProgrammeHealth[] }) {
  const { t } = useI18n();
  const columns = [
    t('Program', 'Programme'),
    t('Tilsagn', 'Committed'),
    t('Bevilget', 'Awarded'),
    t('Udbetalt', 'Paid'),
    t('Indberetning', 'Reporting'),
    t('Indikatorer bagud', 'Indicators off track'),
  ];
  return (
    <TableWrap label={t('Programmerne', 'The programmes')}>
      <table className="stack">
        <caption>{t('Programmerne', 'The programmes')}</caption>
        <ColumnHeads columns={columns} />
        <tbody>
          {programmes.map((programme) => (
            <PortfolioRow key={programme.programmeId} programme={programme} columns={columns} />
          ))}
        </tbody>
      </table>
      <PortfolioDownloads programmes={programmes} />
    </TableWrap>
  );
}

function PortfolioRow({ programme, columns }: { programme: ProgrammeHealth; columns: readonly string[] }) {
  const i18n = useI18n();
  const money = (ore: number | undefined) => (ore === undefined ? '–' : formatKroner(ore, i18n.language));
  return (
    <tr>
      <th scope="row">
        <Link href={`/programmes/${programme.programmeId}/progress`}>{programme.name}</Link>
      </th>
      <td className="num" data-label={columns[1]}>
        {money(programme.funding?.committedOre)}
      </td>
      <td className="num" data-label={columns[2]}>
        {money(programme.funding?.awardedOre)}
      </td>
      <td className="num" data-label={columns[3]}>
        {money(programme.funding?.paidOre)}
      </td>
      <td data-label={columns[4]}>{completenessText(programme, i18n.t)}</td>
      <td data-label={columns[5]}>{offTrackText(programme, i18n)}</td>
    </tr>
  );
}

function PortfolioDownloads({ programmes }: { programmes: readonly ProgrammeHealth[] }) {
  const { t } = useI18n();
  return (
    <DownloadButtons
      caption={t('programmerne', 'the programmes')}
      columns={[
        t('Program', 'Programme'),
        t('Tilsagn (kr.)', 'Committed (DKK)'),
        t('Bevilget (kr.)', 'Awarded (DKK)'),
        t('Udbetalt (kr.)', 'Paid (DKK)'),
        t('Periode', 'Period'),
        t('Fuldstændighed (%)', 'Completeness (%)'),
        t('Indikatorer bagud', 'Indicators off track'),
      ]}
      rows={programmes.map((programme) => [
        programme.name,
        programme.funding ? kroner(programme.funding.committedOre) : null,
        programme.funding ? kroner(programme.funding.awardedOre) : null,
        programme.funding ? kroner(programme.funding.paidOre) : null,
        programme.period?.period ?? null,
        programme.completeness?.share ?? null,
        programme.offTrack.length,
      ])}
      fileName={t('portefolje', 'portfolio')}
    />
  );
}
