import type { GrantCallDto, OpenCallDto } from '@samvirke/contracts';
import { StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { grantStatusName } from './grants-terms.js';
import { formatKroner } from './money.js';

type Call = GrantCallDto & Partial<Pick<OpenCallDto, 'programmeName' | 'funderName'>>;

/** Grant calls as cards: title, status, budget and dates; an open call found outside its programme also says whose it is. */
export function CallCards({ calls, headingLevel }: { calls: readonly Call[]; headingLevel: 3 | 4 }) {
  const i18n = useI18n();
  const { t } = i18n;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (calls.length === 0) return <p className="muted">{t('Ingen.', 'None.')}</p>;
  return (
    <ul className="cards">
      {calls.map((call) => (
        <li key={call.id} className="card">
          <Heading>
            <Link href={`/grants/calls/${call.id}`}>{call.title}</Link>
          </Heading>
          {call.programmeName && (
            <p>
              {call.programmeName}
              {call.funderName && ` · ${call.funderName}`}
            </p>
          )}
          <p>
            <StatusBadge status={call.status} label={grantStatusName(i18n, call.status)} />{' '}
            {t('Ramme', 'Budget')} {formatKroner(call.budgetOre, i18n.language)}
          </p>
          <p className="muted">
            {i18n.formatDateTime(call.opensAt)} – {i18n.formatDateTime(call.closesAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
