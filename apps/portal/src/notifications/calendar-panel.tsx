import type { CalendarFeedDto, CalendarFeedWithToken } from '@samvirke/contracts';
import { useState } from 'react';
import { Await, ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';

/**
 * The person's calendar feed: make it (or a new address, which stops the old one) and stop it.
 * The address holds a private key, so it is shown once, right after it is made.
 */
export function CalendarPanel() {
  const { t } = useI18n();
  const loaded = useLoad<CalendarFeedDto>((api) => api.get('/notifications/calendar/feed'), 'calendar-feed');
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('Kalender', 'Calendar')}</h2>
      <p>
        {t(
          'Abonnér på dine programmers indberetningsfrister og ansøgningsfrister i Outlook, Google Kalender eller Apple Kalender.',
          "Subscribe to your programmes' reporting and application deadlines in Outlook, Google Calendar or Apple Calendar.",
        )}
      </p>
      <Await loaded={loaded}>{(feed, reload) => <FeedControls feed={feed} reload={reload} />}</Await>
    </section>
  );
}

/** Making and stopping the feed; the address made last is kept to show once. */
function useFeedActions(reload: () => void) {
  const { api } = usePortal();
  const [made, setMade] = useState<CalendarFeedWithToken | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const act = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
      reload();
    } catch (error) {
      setFailure(error);
    }
  };
  return {
    made,
    failure,
    renew: () =>
      act(async () => setMade(await api.send<CalendarFeedWithToken>('POST', '/notifications/calendar/feed'))),
    stop: () =>
      act(async () => {
        await api.send('DELETE', '/notifications/calendar/feed');
        setMade(null);
      }),
  };
}

function FeedControls({ feed, reload }: { feed: CalendarFeedDto; reload: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { made, failure, renew, stop } = useFeedActions(reload);
  return (
    <>
      <p role="status">
        {feed.active && feed.createdAt
          ? t(
              `Din kalender er slået til (adressen er fra ${i18n.formatDateTime(feed.createdAt)}).`,
              `Your calendar is on (its address is from ${i18n.formatDateTime(feed.createdAt)}).`,
            )
          : t('Du har ingen kalenderadresse.', 'You have no calendar address.')}
      </p>
      {made && <MadeAddress made={made} />}
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void renew()}>
          {feed.active
            ? t('Lav en ny adresse', 'Make a new address')
            : t('Lav en kalenderadresse', 'Make a calendar address')}
        </button>
        {feed.active && (
          <button type="button" onClick={() => void stop()}>
            {t('Stop kalenderen', 'Stop the calendar')}
          </button>
        )}
      </div>
    </>
  );
}

function MadeAddress({ made }: { made: CalendarFeedWithToken }) {
  const { t } = useI18n();
  const address = `${window.location.origin}${made.path}`;
  return (
    <div className="field">
      <label htmlFor="calendar-address">{t('Din kalenderadresse', 'Your calendar address')}</label>
      <input id="calendar-address" readOnly value={address} onFocus={(e) => e.target.select()} />
      <p className="muted">
        {t(
          'Kopiér adressen ind i din kalender som "abonnement fra internettet". Den vises kun nu; hold den for dig selv. En ny adresse stopper den gamle.',
          'Paste the address into your calendar as an "internet calendar subscription". It is shown only now; keep it to yourself. A new address stops the old one.',
        )}
      </p>
    </div>
  );
}
