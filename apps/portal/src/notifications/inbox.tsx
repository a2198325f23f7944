import type { Page as PageOf } from '@samvirke/contracts';
import { useState } from 'react';
import { Await, ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import type { InboxItem } from './notification-types.js';

/** Marks read; reloads the inbox after, and keeps an error to show. */
function useMarkRead() {
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  async function post(path: string, reload: () => void): Promise<void> {
    setFailure(null);
    try {
      await api.send('POST', path);
      reload();
    } catch (error) {
      setFailure(error);
    }
  }
  return { failure, post };
}

export function Inbox() {
  const { t } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { failure, post } = useMarkRead();
  const loaded = useLoad(
    (client) =>
      client.get<PageOf<InboxItem>>(`/notifications/inbox?limit=100${unreadOnly ? '&unread=true' : ''}`),
    `inbox:${unreadOnly}`,
  );
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
          <InboxItems items={page.items} reload={reload} post={(path) => void post(path, reload)} />
        )}
      </Await>
    </section>
  );
}

function InboxItems({
  items,
  reload,
  post,
}: {
  items: InboxItem[];
  reload: () => void;
  post: (path: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="actions">
        <button type="button" onClick={reload}>
          {t('Opdater', 'Refresh')}
        </button>
        {items.length > 0 && (
          <button type="button" onClick={() => post('/notifications/inbox/read-all')}>
            {t('Markér alle som læst', 'Mark all read')}
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <p>{t('Ingen beskeder.', 'No notifications.')}</p>
      ) : (
        <ul className="queue">
          {items.map((item) => (
            <InboxEntry
              key={item.id}
              item={item}
              onRead={() => post(`/notifications/inbox/${item.id}/read`)}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function InboxEntry({ item, onRead }: { item: InboxItem; onRead: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <li className={`card${item.readAt ? '' : ' unread'}`}>
      <h3>
        {item.readAt ? '' : <span className="visually-hidden">{t('Ulæst: ', 'Unread: ')}</span>}
        {item.title}
        {item.critical && <span className="badge badge-returned">{t('Vigtig', 'Important')}</span>}
      </h3>
      <p className="muted">{i18n.formatDateTime(item.createdAt)}</p>
      <p className="prose" lang={item.language}>
        {item.body}
      </p>
      {!item.readAt && (
        <button type="button" className="link-button" onClick={onRead}>
          {t(`Markér "${item.title}" som læst`, `Mark "${item.title}" read`)}
        </button>
      )}
    </li>
  );
}
