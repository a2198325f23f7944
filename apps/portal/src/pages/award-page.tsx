import type { AwardDto } from '@samvirke/contracts';
import { useState } from 'react';
import { Page } from '../components/page.js';
import { Await, ErrorMessage, StatusBadge } from '../components/status.js';
import { AwardShares } from '../grants/award-shares.js';
import { organisationNames } from '../grants/grants-load.js';
import { grantStatusName } from '../grants/grants-terms.js';
import { formatKroner } from '../grants/money.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';

export function AwardPage({ awardId }: { awardId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api, principal } = usePortal();
  const [reference, setReference] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const loaded = useLoad(async (client) => {
    const award = await client.get<AwardDto>(`/grants/awards/${awardId}`);
    return { award, names: await organisationNames(client, [award.programmeId]) };
  }, `award:${awardId}`);
  const title = loaded.state === 'ready' ? loaded.data.award.title : t('Bevilling', 'Award');
  return (
    <Page title={title} crumbs={[{ href: '/grants', label: t('Tilskud', 'Grants') }]}>
      <Await loaded={loaded}>
        {({ award, names }, reload) => {
          const name = (id: string): string => names.get(id) ?? id;
          const conditionKey = new Map(award.conditions.map((condition) => [condition.id, condition.key]));
          // Each funder's officer records the payment of its own, unpaid part of a tranche.
          const myPart = (tranche: AwardDto['tranches'][number]) =>
            principal.roles.includes('foundation-officer')
              ? tranche.shares.find(
                  (part) =>
                    principal.organisations.includes(part.funderOrganisationId) &&
                    part.amountOre > 0 &&
                    !part.paidAt,
                )
              : undefined;
          async function pay(tranche: AwardDto['tranches'][number]): Promise<void> {
            setFailure(null);
            try {
              await api.send('POST', `/grants/awards/${awardId}/tranches/${tranche.id}/payment`, {
                paymentReference: (reference[tranche.id] ?? '').trim(),
                funderOrganisationId: myPart(tranche)?.funderOrganisationId,
              });
              reload();
            } catch (error) {
              setFailure(error);
            }
          }
          return (
            <>
              <dl className="figures">
                <div>
                  <dt>{t('Modtager', 'Grantee')}</dt>
                  <dd>{name(award.granteeOrganisationId)}</dd>
                </div>
                <div>
                  <dt>{t('Beløb', 'Amount')}</dt>
                  <dd>{formatKroner(award.amountOre, i18n.language)}</dd>
                </div>
                <div>
                  <dt>
                    {award.status === 'awarded' ? t('Bevilget', 'Awarded') : t('Foreslået', 'Proposed')}
                  </dt>
                  <dd>{i18n.formatDate(award.awardedAt)}</dd>
                </div>
                <div>
                  <dt>{t('Status', 'Status')}</dt>
                  <dd>
                    <StatusBadge status={award.status} label={grantStatusName(i18n, award.status)} />
                  </dd>
                </div>
              </dl>
              <h2>{t('Finansiering', 'Funding')}</h2>
              <AwardShares award={award} name={name} onChanged={reload} onFailure={setFailure} />
              <h2>{t('Betingelser', 'Conditions')}</h2>
              {award.conditions.length === 0 ? (
                <p className="muted">{t('Ingen.', 'None.')}</p>
              ) : (
                <ul>
                  {award.conditions.map((condition) => (
                    <li key={condition.id}>
                      {condition.key}: {t('godkendt indberetning af', 'approved report of')}{' '}
                      {condition.indicatorCode} {condition.period} –{' '}
                      <strong>
                        {condition.fulfilled ? t('opfyldt', 'fulfilled') : t('ikke opfyldt', 'not fulfilled')}
                      </strong>
                    </li>
                  ))}
                </ul>
              )}
              <h2>{t('Rater', 'Tranches')}</h2>
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">
                    {t('Rater og deres status', 'Tranches and their status')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('Rate', 'Tranche')}</th>
                      <th scope="col" className="num">
                        {t('Beløb', 'Amount')}
                      </th>
                      <th scope="col">{t('Tidligst', 'Earliest')}</th>
                      <th scope="col">{t('Betingelser', 'Conditions')}</th>
                      <th scope="col">{t('Status', 'Status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {award.tranches.map((tranche) => (
                      <tr key={tranche.id}>
                        <th scope="row">{tranche.position}</th>
                        <td className="num">{formatKroner(tranche.amountOre, i18n.language)}</td>
                        <td>{i18n.formatDate(tranche.earliestDate)}</td>
                        <td>
                          {tranche.conditionIds.map((id) => conditionKey.get(id) ?? id).join(', ') || '–'}
                        </td>
                        <td>
                          <StatusBadge
                            status={tranche.status}
                            label={grantStatusName(i18n, tranche.status)}
                          />
                          {tranche.paymentReference && ` · ${tranche.paymentReference}`}
                          {tranche.status === 'eligible' &&
                            tranche.shares
                              .filter((part) => part.paidAt)
                              .map((part) => (
                                <span key={part.funderOrganisationId}>
                                  {' · '}
                                  {t('Betalt af', 'Paid by')} {name(part.funderOrganisationId)}:{' '}
                                  {part.paymentReference}
                                </span>
                              ))}
                          {tranche.status === 'eligible' && myPart(tranche) && (
                            <form
                              className="inline-form"
                              noValidate
                              onSubmit={(event) => {
                                event.preventDefault();
                                if ((reference[tranche.id] ?? '').trim()) void pay(tranche);
                              }}
                            >
                              <label htmlFor={`ref-${tranche.id}`}>
                                {t('Betalingsreference', 'Payment reference')}
                              </label>
                              <input
                                id={`ref-${tranche.id}`}
                                value={reference[tranche.id] ?? ''}
                                onChange={(e) =>
                                  setReference((current) => ({ ...current, [tranche.id]: e.target.value }))
                                }
                              />
                              <button type="submit">{t('Registrér udbetaling', 'Record payment')}</button>
                            </form>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {failure !== null && <ErrorMessage error={failure} />}
            </>
          );
        }}
      </Await>
    </Page>
  );
}
