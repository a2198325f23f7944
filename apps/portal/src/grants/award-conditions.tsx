import type { AwardDto, ProgrammeIndicatorDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import { unmeetableConditions } from './award-warnings.js';

/**
 * The award's reporting conditions by the indicators' names, met or not; a warning first for any
 * that no report can ever meet (an indicator the programme does not track, a period it is never
 * reported for), since a tranche waiting for it would never be paid.
 */
export function AwardConditions({
  award,
  indicators,
}: {
  award: AwardDto;
  indicators: readonly ProgrammeIndicatorDto[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (award.conditions.length === 0) return <p className="muted">{t('Ingen.', 'None.')}</p>;
  const nameOf = (code: string): string => {
    const indicator = indicators.find((item) => item.code === code);
    if (!indicator) return code;
    return `${i18n.language === 'da' ? indicator.nameDa : indicator.nameEn} (${code})`;
  };
  return (
    <>
      <UnmeetableWarning award={award} indicators={indicators} nameOf={nameOf} />
      <ul>
        {award.conditions.map((condition) => (
          <li key={condition.id}>
            {condition.key}: {t('godkendt indberetning af', 'approved report of')}{' '}
            {nameOf(condition.indicatorCode)} {t('for', 'for')} {condition.period} –{' '}
            <strong>
              {condition.fulfilled ? t('opfyldt', 'fulfilled') : t('ikke opfyldt', 'not fulfilled')}
            </strong>
          </li>
        ))}
      </ul>
    </>
  );
}

function UnmeetableWarning({
  award,
  indicators,
  nameOf,
}: {
  award: AwardDto;
  indicators: readonly ProgrammeIndicatorDto[];
  nameOf: (code: string) => string;
}) {
  const { t } = useI18n();
  // Without the programme's indicators (not visible to the user) nothing can be judged.
  const unmeetable = indicators.length > 0 ? unmeetableConditions(award.conditions, indicators) : [];
  if (unmeetable.length === 0) return null;
  return (
    <div className="panel warning" role="note" aria-labelledby="unmeetable-heading">
      <h3 id="unmeetable-heading">
        {t('Betingelser der ikke kan opfyldes', 'Conditions that cannot be met')}
      </h3>
      <ul>
        {unmeetable.map(({ condition, problem }) => (
          <li key={condition.id}>
            {problem === 'not-in-programme'
              ? t(
                  `${condition.key}: programmet har ingen indikator ${condition.indicatorCode}, så ingen indberetning kan opfylde betingelsen, og raterne der venter på den, kan ikke udbetales.`,
                  `${condition.key}: the programme has no indicator ${condition.indicatorCode}, so no report can meet the condition, and the tranches waiting for it cannot be paid.`,
                )
              : t(
                  `${condition.key}: ${nameOf(condition.indicatorCode)} indberettes ikke for perioden ${condition.period}, så betingelsen kan ikke opfyldes.`,
                  `${condition.key}: ${nameOf(condition.indicatorCode)} is not reported for the period ${condition.period}, so the condition cannot be met.`,
                )}
          </li>
        ))}
      </ul>
    </div>
  );
}
