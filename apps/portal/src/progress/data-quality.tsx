import type { ProgressDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';

function Meter({ label, share, detail }: { label: string; share: number | null; detail: string }) {
  return (
    <div className="meter">
      <div className="meter-label">
        <span>{label}</span>
        <strong>{share === null ? '–' : `${Math.round(share)} %`}</strong>
      </div>
      <div className="meter-track" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${share ?? 0}%` }} />
      </div>
      <p className="muted">{detail}</p>
    </div>
  );
}

/** How complete and how timely the period's reports are. */
export function DataQuality({ progress }: { progress: ProgressDto }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="quality" className="panel">
      <h2 id="quality">{t('Datakvalitet', 'Data quality')}</h2>
      <div className="two-columns">
        <Meter
          label={t('Fuldstændighed', 'Completeness')}
          share={progress.completeness.share}
          detail={t(
            `${progress.completeness.approved} af ${progress.completeness.expected} dataleverandører godkendt`,
            `${progress.completeness.approved} of ${progress.completeness.expected} data providers approved`,
          )}
        />
        <Meter
          label={t('Rettidighed', 'Timeliness')}
          share={progress.timeliness.share}
          detail={t(
            `${progress.timeliness.onTime} af ${progress.timeliness.approved} indsendt til tiden`,
            `${progress.timeliness.onTime} of ${progress.timeliness.approved} submitted on time`,
          )}
        />
      </div>
    </section>
  );
}
