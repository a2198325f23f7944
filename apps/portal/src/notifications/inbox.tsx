import type { Page as PageOf } from '@samvirke/contracts';
import { useState } from 'react';
import { Await, ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import type { InboxItem } from './notification-types.js';

export function Inbox() {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const loaded = useLoad(
    (client) =>
      client.get<PageOf<InboxItem>>(`/notifications/inbox?limit=100${unreadOnly ? '&unread=true' : ''}`),
    `inbox:${unreadOnly}`,
  );
  async function post(path: string, reload: () => void): Promise<void> {
    setFailure(null);
    try {
      await api.send('POST', path);
      reload();
    } catch (error) {
      setFailure(error);
    }
  }
  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t('Indbakke', 'Inbox')}</h2>
      <div className="check">
        <input
          id="unread-only"
          type="checkbox"
          checked={unreadOnly}
          onChange={(e) => setUnreadOnly(e.target.checked)}
        />
        <label htmlFor="unread-only">{t('Kun ulæste', 'Unread only')}</label>
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
      <Await loaded={loaded}>
        {(page, reload) => (
          <>
            <div className="actions">
              <button type="button" onClick={reload}>
                {t('Opdater', 'Refresh')}
              </button>
              {page.items.length > 0 && (
                <button type="button" onClick={() => void post('/notifications/inbox/read-all', reload)}>
                  {t('Markér alle som læst', 'Mark all read')}
                </button>
              )}
            </div>
            {page.items.length === 0 ? (
              <p>{t('Ingen beskeder.', 'No notifications.')}</p>
            ) : (
              <ul className="queue">
                {page.items.map((item) => (
                  <li key={item.id} className={`card${item.readAt ? '' : ' unread'}`}>
                    <h3>
                      {item.readAt ? '' : <span className="visually-hidden">{t('Ulæst: ', 'Unread: ')}</span>}
                      {item.title}
                      {item.critical && (
                        <span className="badge badge-returned">{t('Vigtig', 'Important')}</span>
                      )}
                    </h3>
                    <p className="muted">{i18n.formatDateTime(item.createdAt)}</p>
                    <p className="prose" lang={item.language}>
                      {item.body}
                    </p>
                    {!item.readAt && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void post(`/notifications/inbox/${item.id}/read`, reload)}
                      >
                        {t(`Markér "${item.title}" som læst`, `Mark "${item.title}" read`)}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Await>
    </section>
  );
}
