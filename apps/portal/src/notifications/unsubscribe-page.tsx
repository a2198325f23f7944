import { useEffect, useMemo, useState } from 'react';
import { createI18n, I18nProvider, storedLanguage, useI18n, type Language } from '../i18n/i18n.js';
import type { UnsubscribeLink } from './notification-types.js';
import { categoryName } from './preferences-form.js';

type Answer =
  | { readonly state: 'loading' }
  | { readonly state: 'shown' | 'done'; readonly link: UnsubscribeLink }
  | { readonly state: 'refused'; readonly status: number };

/**
 * The page an e-mail's unsubscribe link opens. The reader is not logged in and need not be: the
 * signed token in the address is the key, so the page calls the gateway's public route itself,
 * without a session. Opening it changes nothing; the button does.
 */
export function UnsubscribeApp({ apiUrl, token }: { apiUrl: string; token: string }) {
  const [language, setLanguage] = useState<Language>(storedLanguage());
  const i18n = useMemo(() => createI18n(language, setLanguage), [language]);
  return (
    <I18nProvider value={i18n}>
      <main id="main">
        <UnsubscribePage apiUrl={apiUrl} token={token} />
      </main>
    </I18nProvider>
  );
}

async function call(apiUrl: string, token: string, method: 'GET' | 'POST'): Promise<Answer> {
  const response = await fetch(`${apiUrl}/api/notifications/unsubscribe/${encodeURIComponent(token)}`, {
    method,
    headers: { 'accept-language': storedLanguage() },
  });
  if (!response.ok) return { state: 'refused', status: response.status };
  const link = (await response.json()) as UnsubscribeLink;
  return { state: method === 'POST' || link.unsubscribed ? 'done' : 'shown', link };
}

function UnsubscribePage({ apiUrl, token }: { apiUrl: string; token: string }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState<Answer>({ state: 'loading' });
  const failed = (): void => setAnswer({ state: 'refused', status: 0 });
  useEffect(() => {
    void call(apiUrl, token, 'GET').then(setAnswer, failed);
  }, [apiUrl, token]);
  const confirm = (): void => void call(apiUrl, token, 'POST').then(setAnswer, failed);
  return (
    <section aria-labelledby="unsubscribe-heading">
      <h1 id="unsubscribe-heading">{t('Afmeld e-mails', 'Unsubscribe from e-mails')}</h1>
      {answer.state === 'loading' && <p>{t('Henter…', 'Loading…')}</p>}
      {answer.state === 'shown' && <Confirm link={answer.link} onConfirm={confirm} />}
      {answer.state === 'done' && <Done link={answer.link} />}
      {answer.state === 'refused' && <p role="alert">{refusal(answer.status, t)}</p>}
    </section>
  );
}

function useCategoryNames(): (link: UnsubscribeLink) => string {
  const i18n = useI18n();
  return (link) => link.categories.map((category) => categoryName(i18n, category)).join(', ');
}

function Confirm({ link, onConfirm }: { link: UnsubscribeLink; onConfirm: () => void }) {
  const { t } = useI18n();
  const names = useCategoryNames();
  return (
    <>
      <p>
        {t(
          'Du modtager ikke flere e-mails fra Samvirke om',
          'You will no longer get e-mails from Samvirke about',
        )}
        : <strong>{names(link)}</strong>.
      </p>
      <button type="button" onClick={onConfirm}>
        {t('Afmeld', 'Unsubscribe')}
      </button>
    </>
  );
}

function Done({ link }: { link: UnsubscribeLink }) {
  const { t } = useI18n();
  const names = useCategoryNames();
  return (
    <p role="status">
      {t('Du er nu afmeldt e-mails om', 'You are now unsubscribed from e-mails about')}:{' '}
      <strong>{names(link)}</strong>.{' '}
      {t(
        'Vigtige beskeder om indberetning over fristen og tilbageholdte udbetalinger kommer stadig. Du kan slå e-mails til igen under Beskeder → Indstillinger.',
        'Important messages about overdue reporting and payments held still come. You can turn e-mails on again under Notifications → Preferences.',
      )}
    </p>
  );
}

function refusal(status: number, t: (da: string, en: string) => string): string {
  if (status === 410)
    return t(
      'Linket er udløbet. Brug linket i en nyere e-mail, eller log ind og ret dine indstillinger.',
      'The link has expired. Use the link in a newer e-mail, or log in and change your preferences.',
    );
  if (status === 422)
    return t('Vigtige beskeder kan ikke afmeldes.', 'Important messages cannot be unsubscribed from.');
  if (status === 400 || status === 404)
    return t(
      'Linket er ugyldigt. Det kan være ændret eller afkortet – brug linket fra e-mailen, som det står.',
      'The link is not valid. It may have been changed or cut short – use the link from the e-mail as it is.',
    );
  return t(
    'Afmeldingen kunne ikke gennemføres. Prøv igen om lidt.',
    'The unsubscribe did not go through. Try again shortly.',
  );
}
