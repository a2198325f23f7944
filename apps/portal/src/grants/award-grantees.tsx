import type { AwardDto } from '@samvirke/contracts';
import { TableWrap } from '../components/table-wrap.js';
import { useI18n } from '../i18n/i18n.js';
import { formatKroner } from './money.js';

type Parts = readonly { organisationId: string; amountOre: number }[];

interface Props {
  readonly award: AwardDto;
  readonly name: (id: string) => string;
}

/**
 * A joint application's grantees: the lead and its partners, each with its share of the award (in
 * proportion to their budgets), its amount and its part of every tranche. Nothing for a single grantee.
 */
export function AwardGrantees({ award, name }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!award.grantees) return null;
  const label = t('Partnere og deres andele', 'Partners and their parts');
  return (
    <TableWrap label={label}>
      <table className="stack">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Organisation', 'Organisation')}</th>
            <th scope="col" className="num">
              {t('Andel', 'Share')}
            </th>
            <th scope="col" className="num">
              {t('Beløb', 'Amount')}
            </th>
            {award.tranches.map((tranche) => (
              <th scope="col" className="num" key={tranche.id}>
                {t(`Rate ${tranche.position}`, `Tranche ${tranche.position}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {award.grantees.map((grantee) => (
            <GranteeRow key={grantee.organisationId} award={award} grantee={grantee} name={name} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function GranteeRow({ award, grantee, name }: Props & { grantee: Parts[number] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const lead = grantee.organisationId === award.granteeOrganisationId;
  const share = award.amountOre > 0 ? (100 * grantee.amountOre) / award.amountOre : 0;
  return (
    <tr>
      <th scope="row">
        {name(grantee.organisationId)}
        {lead && ` (${t('hovedansøger', 'lead applicant')})`}
      </th>
      <td className="num" data-label={t('Andel', 'Share')}>
        {i18n.formatNumber(share, 1)} %
      </td>
      <td className="num" data-label={t('Beløb', 'Amount')}>
        {formatKroner(grantee.amountOre, i18n.language)}
      </td>
      {award.tranches.map((tranche) => (
        <td
          className="num"
          key={tranche.id}
          data-label={t(`Rate ${tranche.position}`, `Tranche ${tranche.position}`)}
        >
          {formatKroner(partOf(tranche.grantees, grantee.organisationId), i18n.language)}
        </td>
      ))}
    </tr>
  );
}

const partOf = (parts: Parts | undefined, organisationId: string): number =>
  parts?.find((part) => part.organisationId === organisationId)?.amountOre ?? 0;

/** An amount's split between a joint application's grantees, one line each ("Name: 1.000 kr."). */
export function GranteeSplit({
  parts,
  name,
  label,
}: {
  parts?: Parts;
  name: (id: string) => string;
  label: string;
}) {
  const i18n = useI18n();
  if (!parts) return null;
  return (
    <ul className="grantee-split" aria-label={label}>
      {parts.map((part) => (
        <li key={part.organisationId}>
          {name(part.organisationId)}: {formatKroner(part.amountOre, i18n.language)}
        </li>
      ))}
    </ul>
  );
}
