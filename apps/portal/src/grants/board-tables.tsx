import type { BoardAwardDto, BoardCallDto, BoardDecisionDto, FoundationBoardDto } from '@samvirke/contracts';
import { Table, type Column } from '../components/data-table.js';
import { StatusBadge } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { grantStatusName } from './grants-terms.js';
import { formatKroner } from './money.js';

/** The board's headline figures: calls, money and what waits for the grant team. */
export function BoardFigures({ board }: { board: FoundationBoardDto }) {
  const { t, language } = useI18n();
  const { totals } = board;
  const figures: [string, string][] = [
    [t('Åbne runder', 'Open calls'), `${totals.openCalls} / ${totals.calls}`],
    [t('Budget', 'Budget'), formatKroner(totals.budgetOre, language)],
    [t('Bevilget', 'Awarded'), formatKroner(totals.awardedOre, language)],
    [t('Til rådighed', 'Available'), formatKroner(totals.availableOre, language)],
    [
      t('Ansøgt, afventer afgørelse', 'Requested, awaiting decision'),
      formatKroner(totals.requestedOre, language),
    ],
    [t('Afgørelser', 'Decisions due'), String(totals.decisionsDue)],
    [t('Rater udestående', 'Tranches outstanding'), formatKroner(totals.outstandingOre, language)],
    [t('Heraf kan udbetales', 'Of which payable'), formatKroner(totals.eligibleOre, language)],
  ];
  return (
    <section className="panel" aria-labelledby="board-figures">
      <h2 id="board-figures">{t('Nøgletal', 'Key figures')}</h2>
      <dl className="figures">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {totals.requestedOre > totals.availableOre && (
        <p className="notice">
          {t(
            'Der er søgt om mere, end der er til rådighed i runderne.',
            'More is requested than the calls have available.',
          )}
        </p>
      )}
    </section>
  );
}

/** A right-aligned amount in kroner. */
function kronerColumn<T>(head: string, amountOre: (row: T) => number, language: I18n['language']): Column<T> {
  return { head, className: 'num', cell: (row) => formatKroner(amountOre(row), language) };
}

/** A call's applications by status ("Submitted: 2, Awarded: 1"), or "None". */
function applicationCounts(i18n: I18n, call: BoardCallDto): string {
  return (
    (['submitted', 'under-review', 'awarded', 'rejected', 'withdrawn', 'draft'] as const)
      .filter((status) => call.applications[status] > 0)
      .map((status) => `${grantStatusName(i18n, status)}: ${call.applications[status]}`)
      .join(', ') || i18n.t('Ingen', 'None')
  );
}

function callColumns(i18n: I18n): Column<BoardCallDto>[] {
  const { t, language } = i18n;
  return [
    {
      head: t('Runde', 'Call'),
      cell: (call) => <Link href={`/grants/calls/${call.callId}`}>{call.title}</Link>,
    },
    { head: t('Program', 'Programme'), cell: (call) => call.programmeName },
    {
      head: t('Status', 'Status'),
      cell: (call) => <StatusBadge status={call.status} label={grantStatusName(i18n, call.status)} />,
    },
    { head: t('Ansøgninger', 'Applications'), cell: (call) => applicationCounts(i18n, call) },
    kronerColumn(t('Budget', 'Budget'), (call) => call.budgetOre, language),
    kronerColumn(t('Bevilget', 'Awarded'), (call) => call.awardedOre, language),
    kronerColumn(t('Til rådighed', 'Available'), (call) => call.availableOre, language),
    kronerColumn(t('Ansøgt, afventer', 'Requested, pending'), (call) => call.requestedOre, language),
  ];
}

/** Each call: applications by status, and requested against available. */
export function BoardCallsTable({ calls }: { calls: readonly BoardCallDto[] }) {
  const i18n = useI18n();
  return (
    <Table
      label={i18n.t('Ansøgningsrunder', 'Grant calls')}
      stack
      rows={calls}
      rowKey={(call) => call.callId}
      columns={callColumns(i18n)}
    />
  );
}

function decisionColumns(i18n: I18n): Column<BoardDecisionDto>[] {
  const { t, language } = i18n;
  return [
    {
      head: t('Ansøgning', 'Application'),
      cell: (row) => (
        <Link href={`/grants/applications/${row.applicationId}`}>{row.title || row.applicantName}</Link>
      ),
    },
    {
      head: t('Ansøger', 'Applicant'),
      cell: (row) =>
        row.partnerNames?.length
          ? `${row.applicantName} ${t('med', 'with')} ${row.partnerNames.join(', ')}`
          : row.applicantName,
    },
    { head: t('Runde', 'Call'), cell: (row) => row.callTitle },
    {
      head: t('Status', 'Status'),
      cell: (row) => <StatusBadge status={row.status} label={grantStatusName(i18n, row.status)} />,
    },
    kronerColumn(t('Ansøgt', 'Requested'), (row) => row.requestedAmountOre, language),
    {
      head: t('Vurderinger', 'Reviews'),
      cell: (row) =>
        `${row.reviewsCompleted} / ${row.reviewsAssigned}` +
        (row.averageScore === null
          ? ''
          : ` (${row.averageScore.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB')})`),
    },
    { head: t('Ansøgningsfrist', 'Call closes'), cell: (row) => i18n.formatDate(row.deadline) },
  ];
}

/** Applications waiting for the foundation's decision, oldest deadline first. */
export function BoardDecisionsTable({ decisions }: { decisions: readonly BoardDecisionDto[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (decisions.length === 0)
    return (
      <p className="muted">
        {t('Ingen ansøgninger afventer afgørelse.', 'No applications await a decision.')}
      </p>
    );
  return (
    <Table
      label={t('Afgørelser', 'Decisions due')}
      stack
      rows={decisions}
      rowKey={(row) => row.applicationId}
      columns={decisionColumns(i18n)}
    />
  );
}

interface TrancheLine {
  readonly award: BoardAwardDto;
  readonly tranche: BoardAwardDto['tranches'][number];
}

function trancheColumns(i18n: I18n): Column<TrancheLine>[] {
  const { t, language } = i18n;
  return [
    {
      head: t('Modtager', 'Grantee'),
      cell: (line) => <Link href={`/grants/awards/${line.award.awardId}`}>{line.award.granteeName}</Link>,
    },
    { head: t('Rate', 'Tranche'), cell: (line) => String(line.tranche.position) },
    {
      head: t('Status', 'Status'),
      cell: (line) => (
        <StatusBadge status={line.tranche.status} label={grantStatusName(i18n, line.tranche.status)} />
      ),
    },
    kronerColumn(t('Beløb', 'Amount'), (line) => line.tranche.amountOre, language),
    {
      head: t('Egen andel', 'Own part'),
      className: 'num',
      cell: (line) =>
        formatKroner(line.tranche.ownPartOre, language) +
        (line.tranche.ownPartPaid ? ` (${t('betalt', 'paid')})` : ''),
    },
    { head: t('Tidligst', 'Earliest'), cell: (line) => i18n.formatDate(line.tranche.earliestDate) },
    {
      head: t('Forfald (bankdag)', 'Due (bank day)'),
      cell: (line) => (line.tranche.dueDate ? i18n.formatDate(line.tranche.dueDate) : '–'),
    },
    kronerColumn(
      t('Bevilling udestående', 'Award outstanding'),
      (line) => line.award.outstandingOre,
      language,
    ),
  ];
}

/** The unpaid tranches of the foundation's awards, with its own part and the due date. */
export function BoardTranchesTable({ awards }: { awards: readonly BoardAwardDto[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const lines: TrancheLine[] = awards.flatMap((award) =>
    award.tranches.map((tranche) => ({ award, tranche })),
  );
  if (lines.length === 0)
    return <p className="muted">{t('Ingen udestående rater.', 'No tranches outstanding.')}</p>;
  return (
    <Table
      label={t('Udestående rater', 'Tranches outstanding')}
      stack
      rows={lines}
      rowKey={(line) => line.tranche.trancheId}
      columns={trancheColumns(i18n)}
    />
  );
}
