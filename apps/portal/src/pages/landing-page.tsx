import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n.js';

export function LandingPage({
  onLogin,
  onMunicipalLogin,
}: {
  onLogin: () => void;
  onMunicipalLogin: () => void;
}) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = 'Samvirke';
  }, []);
  return (
    <section className="landing">
      <h1>{t('Velkommen til Samvirke', 'Welcome to Samvirke')}</h1>
      <p className="lead">
        {t(
          'Her arbejder fonde, backbone-organisationer og kommuner sammen om fælles mål: programmer, indberetning af data og fremdrift.',
          'Foundations, backbone organisations and municipalities work together on shared goals here: programmes, data reporting and progress.',
        )}
      </p>
      <p>{t('Log ind med din organisations konto.', "Log in with your organisation's account.")}</p>
      <div className="landing-actions">
        <button type="button" className="primary" onClick={onLogin}>
          {t('Log ind', 'Log in')}
        </button>
        <button type="button" onClick={onMunicipalLogin}>
          {t('Brug din kommunes login', "Use your municipality's login")}
        </button>
      </div>
    </section>
  );
}
