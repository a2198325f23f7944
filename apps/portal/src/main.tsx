import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client.js';
import { startSession } from './auth/session.js';
import { App } from './app.js';
import { loadConfig } from './config.js';
import { storedLanguage, storeLanguage } from './i18n/i18n.js';
import { UnsubscribeApp } from './notifications/unsubscribe-page.js';
import { match } from './router.js';
import './styles.css';

async function boot(): Promise<void> {
  storeLanguage(storedLanguage());
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const config = await loadConfig();
    // An e-mail's unsubscribe link: no login, no session, only the signed token in the address.
    const unsubscribe = match('/afmeld/:token', window.location.pathname);
    if (unsubscribe) {
      root.render(
        <StrictMode>
          <UnsubscribeApp apiUrl={config.apiUrl} token={unsubscribe['token'] ?? ''} />
        </StrictMode>,
      );
      return;
    }
    const session = await startSession(config);
    const api = createApiClient(config.apiUrl, () => session.token(), storedLanguage);
    root.render(
      <StrictMode>
        <App session={session} api={api} />
      </StrictMode>,
    );
  } catch (error) {
    console.error(error);
    root.render(
      <main>
        <h1>Samvirke</h1>
        <p role="alert">
          {storedLanguage() === 'da'
            ? 'Portalen kunne ikke starte: login-tjenesten svarer ikke. Prøv igen om lidt.'
            : 'The portal could not start: the login service does not answer. Try again shortly.'}
        </p>
      </main>,
    );
  }
}

void boot();
