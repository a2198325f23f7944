import type { ApplicationDto } from '@samvirke/contracts';
import type { ReactNode } from 'react';
import { StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { grantStatusName } from './grants-terms.js';
import { formatKroner } from './money.js';
import { TableWrap } from '../components/table-wrap.js';

/**
 * Applications as a table (rows stacked on a phone): title, one detail column, status and amount,
 * then any further columns; the rows are ApplicationRows with the same columns.
 */
export function ApplicationsTable({
  caption,
  detail,
  more = [],
  children,
}: {
  caption: string;
  detail: string;
  more?: readonly string[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <TableWrap label={caption}>
      <table className="stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Ansøgning', 'Application')}</th>
            <th scope="col">{detail}</th>
            <th scope="col">{t('Status', 'Status')}</th>
            <th scope="col" className="num">
              {t('Ansøgt beløb', 'Amount requested')}
            </th>
            {more.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableWrap>
  );
}

/**
 * An application as a table row: its title (a link), one detail column (who applied, or to which
 * call), its status and the amount requested, then any further cells.
 */
export function ApplicationRow({
  application,
  detail,
  children,
}: {
  application: ApplicationDto;
  detail: { label: string; content: ReactNode };
  children?: ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <tr>
      <th scope="row">
        <Link href={`/grants/applications/${application.id}`}>
          {application.title || t('(uden titel)', '(untitled)')}
        </Link>
      </th>
      <td data-label={detail.label}>{detail.content}</td>
      <td data-label={t('Status', 'Status')}>
        <StatusBadge status={application.status} label={grantStatusName(i18n, application.status)} />
      </td>
      <td className="num" data-label={t('Ansøgt beløb', 'Amount requested')}>
        {application.requestedAmountOre === null
          ? '–'
          : formatKroner(application.requestedAmountOre, i18n.language)}
      </td>
      {children}
    </tr>
  );
}
