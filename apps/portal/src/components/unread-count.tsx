import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { usePath } from '../router.js';

/** The number of unread notifications beside the menu item, fetched again on every page change. */
export function UnreadCount({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  const path = usePath();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let current = true;
    api.get<{ unread: number }>('/notifications/inbox/unread-count').then(
      (body) => current && setUnread(body.unread),
      () => current && setUnread(0),
    );
    return () => {
      current = false;
    };
  }, [api, path]);
  if (unread === 0) return null;
  return (
    <span className="count">
      {unread}
      <span className="visually-hidden"> {t('ulæste', 'unread')}</span>
    </span>
  );
}
