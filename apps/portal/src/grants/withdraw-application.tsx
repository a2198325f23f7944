import type { ApplicationDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';

/**
 * The applicant withdraws its application, after saying so twice: a withdrawn application cannot
 * be submitted again (the organisation starts a new one while the call is open).
 */
export function WithdrawApplication({
  application,
  onWithdrawn,
}: {
  application: ApplicationDto;
  onWithdrawn: () => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  async function withdraw(): Promise<void> {
    setFailure(null);
    try {
      await api.send('POST', `/grants/applications/${application.id}/withdraw`);
      onWithdrawn();
    } catch (error) {
      setFailure(error);
    }
  }
  return (
    <section aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">{t('Tilbagetrækning', 'Withdrawal')}</h2>
      {asking ? (
        <ConfirmWithdraw onYes={() => void withdraw()} onNo={() => setAsking(false)} />
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('Træk ansøgningen tilbage …', 'Withdraw the application …')}
        </button>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
    </section>
  );
}

/** What withdrawing means, and the choice to go on or not. */
function ConfirmWithdraw({ onYes, onNo }: { onYes: () => void; onNo: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice">
      <p>
        {t(
          'Ansøgningen bliver ikke vurderet, og den kan ikke sendes igen. Vil du trække den tilbage?',
          'The application will not be reviewed and cannot be sent again. Do you want to withdraw it?',
        )}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onYes}>
          {t('Ja, træk den tilbage', 'Yes, withdraw it')}
        </button>
        <button type="button" onClick={onNo}>
          {t('Fortryd', 'Cancel')}
        </button>
      </div>
    </div>
  );
}
