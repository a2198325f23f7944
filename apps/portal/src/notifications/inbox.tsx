import type { Page as PageOf } from '@samvirke/contracts';
import { useEffect, useState } from 'react';
import { Await, ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import { Link } from '../router.js';
import { inboxLink, pageOf } from './inbox-link.js';
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

/** Notifications per page of the inbox. */
const PAGE_SIZE = 20;

/** One page of the inbox, all or unread only; a new filter starts from the first page. */
function useInboxPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const loaded = useLoad(
    (client) =>
      client.get<PageOf<InboxItem>>(
        `/notifications/inbox?limit=${PAGE_SIZE}&offset=${offset}${unreadOnly ? '&unread=true' : ''}`,
      ),
    `inbox:${unreadOnly}:${offset}`,
  );
  // A page emptied by marking its notifications read (with "unread only") gives way to the first.
  const emptied = loaded.state === 'ready' && loaded.data.items.length === 0 && offset > 0;
  useEffect(() => {
    if (emptied) setOffset(0);
  }, [emptied]);
  const filter = (unread: boolean): void => {
    setUnreadOnly(unread);
    setOffset(0);
  };
  return { loaded, unreadOnly, filter, setOffset };
}

export function Inbox() {
  const { t } = useI18n();
  const { loaded, unreadOnly, filter, setOffset } = useInboxPage();
  const { failure, post } = useMarkRead();
  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t('Indbakke', 'Inbox')}</h2>
      <div className="check">
        <input
          id="unread-only"
          type="checkbox"
          checked={unreadOnly}
          onChange={(e) => filter(e.target.checked)}
        />
        <label htmlFor="unread-only">{t('Kun ulæste', 'Unread only')}</label>
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
      <Await loaded={loaded}>
        {(page, reload) => (
          <>
            <InboxItems items={page.items} reload={reload} post={(path) => void post(path, reload)} />
            <Pager page={page} onOffset={setOffset} />
          </>
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

/** Which notifications the page shows, and the way to the pages before and after it. */
function Pager({ page, onOffset }: { page: PageOf<InboxItem>; onOffset: (offset: number) => void }) {
  const { t } = useI18n();
  const { from, to, previous, next } = pageOf(page);
  if (previous === null && next === null) return null;
  return (
    <nav aria-label={t('Sider i indbakken', 'Pages of the inbox')} className="pager">
      <button
        type="button"
        disabled={previous === null}
        onClick={() => previous !== null && onOffset(previous)}
      >
        {t('Forrige', 'Previous')}
      </button>
      <p role="status">
        {t(`Viser ${from}–${to} af ${page.total}`, `Showing ${from}–${to} of ${page.total}`)}
      </p>
      <button type="button" disabled={next === null} onClick={() => next !== null && onOffset(next)}>
        {t('Næste', 'Next')}
      </button>
    </nav>
  );
}

function InboxEntry({ item, onRead }: { item: InboxItem; onRead: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { principal } = usePortal();
  const href = inboxLink(item, principal);
  return (
    <li className={`card${item.readAt ? '' : ' unread'}`}>
      <h3>
        {item.readAt ? '' : <span className="visually-hidden">{t('Ulæst: ', 'Unread: ')}</span>}
        {href ? <Link href={href}>{item.title}</Link> : item.title}
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
