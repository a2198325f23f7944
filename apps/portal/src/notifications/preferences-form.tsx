import { useState } from 'react';
import { Await, ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { glossary } from '../i18n/terms.js';
import { usePortal, useLoad } from '../portal-context.js';
import type { CategoryPreference, DigestSchedule, Preferences } from './notification-types.js';
import { TableWrap } from '../components/table-wrap.js';

export const categoryName = glossary({
  'reporting-reminder': ['Påmindelser om indberetning', 'Reporting reminders'],
  'reporting-overdue': ['Indberetning over fristen', 'Reporting overdue'],
  'submission-review': ['Godkendelse af indberetninger', 'Report approvals'],
  'programme-membership': ['Medlemskab af programmer', 'Programme membership'],
  'grant-update': ['Nyt om tilskud', 'Grant updates'],
  announcement: ['Opslag fra programmerne', 'Announcements from the programmes'],
  governance: ['Møder og opgaver i styringen', 'Governance meetings and action items'],
  learning: ['Historien bag kurven og læring', 'Stories behind the curve and learning'],
  'payment-held': ['Tilbageholdte udbetalinger', 'Payments held'],
});

type Save = (body: unknown) => void;

/** Saves one change at once; the answer stands for the preferences until the page loads again. */
function useSavePreferences() {
  const { t } = useI18n();
  const { api } = usePortal();
  const [notice, setNotice] = useState('');
  // The answer to the last change, shown until the page is loaded again.
  const [saved, setSaved] = useState<Preferences | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  async function save(body: unknown): Promise<void> {
    setFailure(null);
    setNotice('');
    try {
      setSaved(await api.send<Preferences>('PUT', '/notifications/preferences', body));
      setNotice(t('Gemt.', 'Saved.'));
    } catch (error) {
      setFailure(error);
    }
  }
  return { notice, saved, failure, save };
}

/** Each change is saved at once; critical categories cannot be muted. */
export function PreferencesForm() {
  const { t } = useI18n();
  const { notice, saved, failure, save } = useSavePreferences();
  const loaded = useLoad((client) => client.get<Preferences>('/notifications/preferences'), 'preferences');
  return (
    <section aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">{t('Indstillinger', 'Preferences')}</h2>
      <Await loaded={loaded}>
        {(loadedPreferences) => (
          <PreferencesFields preferences={saved ?? loadedPreferences} save={(body) => void save(body)} />
        )}
      </Await>
      <p role="status" className="notice">
        {notice}
      </p>
      {failure !== null && <ErrorMessage error={failure} />}
    </section>
  );
}

function PreferencesFields({ preferences, save }: { preferences: Preferences; save: Save }) {
  const { t } = useI18n();
  return (
    <>
      <div className="field inline">
        <label htmlFor="notification-language">{t('Sprog i beskeder', 'Language of notifications')}</label>
        <select
          id="notification-language"
          value={preferences.language}
          onChange={(e) => save({ language: e.target.value })}
        >
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </select>
      </div>
      <p className="muted">
        {t('E-mail', 'E-mail')}: {preferences.email ?? t('ingen adresse', 'no address')}
      </p>
      <DigestFields digest={preferences.digest} save={save} />
      <CategoriesTable categories={preferences.categories} save={save} />
    </>
  );
}

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['mandag', 'Monday'],
  ['tirsdag', 'Tuesday'],
  ['onsdag', 'Wednesday'],
  ['torsdag', 'Thursday'],
  ['fredag', 'Friday'],
  ['lørdag', 'Saturday'],
  ['søndag', 'Sunday'],
];

/** When the e-mails a reader put in the digest come: every morning, or once a week on a chosen day. */
function DigestFields({ digest, save }: { digest: DigestSchedule; save: Save }) {
  const { t } = useI18n();
  return (
    <div className="field inline">
      <label htmlFor="digest-frequency">{t('Samlet oversigt sendes', 'The digest is sent')}</label>
      <select
        id="digest-frequency"
        value={digest.frequency}
        onChange={(e) => save({ digest: { frequency: e.target.value } })}
      >
        <option value="daily">{t('Dagligt', 'Daily')}</option>
        <option value="weekly">{t('Ugentligt', 'Weekly')}</option>
      </select>
      {digest.frequency === 'weekly' && (
        <>
          <label htmlFor="digest-weekday">{t('på ugedag', 'on weekday')}</label>
          <select
            id="digest-weekday"
            value={digest.weekday}
            onChange={(e) => save({ digest: { weekday: Number(e.target.value) } })}
          >
            {WEEKDAYS.map(([da, en], index) => (
              <option key={da} value={index + 1}>
                {t(da, en)}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}

function CategoriesTable({ categories, save }: { categories: CategoryPreference[]; save: Save }) {
  const { t } = useI18n();
  return (
    <TableWrap label={t('Kanaler pr. kategori', 'Channels per category')}>
      <table>
        <caption className="visually-hidden">{t('Kanaler pr. kategori', 'Channels per category')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Kategori', 'Category')}</th>
            <th scope="col">{t('E-mail', 'E-mail')}</th>
            <th scope="col">{t('I portalen', 'In the portal')}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category: CategoryPreference) => (
            <CategoryRow key={category.category} category={category} save={save} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** A category's channels: e-mail at once, in the (daily or weekly) digest or not, and in the portal or not. */
function CategoryRow({ category, save }: { category: CategoryPreference; save: Save }) {
  const i18n = useI18n();
  const { t } = i18n;
  const name = categoryName(i18n, category.category);
  const change = (channel: 'email' | 'inApp', value: string): void =>
    save({ categories: { [category.category]: { [channel]: value } } });
  return (
    <tr>
      <th scope="row">
        {name}
        {category.critical && (
          <span className="muted"> ({t('vigtig, kan ikke slås fra', 'important, cannot be muted')})</span>
        )}
      </th>
      <td>
        <select
          aria-label={t(`E-mail: ${name}`, `E-mail: ${name}`)}
          value={category.email}
          disabled={category.critical}
          onChange={(e) => change('email', e.target.value)}
        >
          <option value="on">{t('Med det samme', 'At once')}</option>
          <option value="digest">{t('I samlet oversigt', 'In the digest')}</option>
          <option value="off">{t('Fra', 'Off')}</option>
        </select>
      </td>
      <td>
        <select
          aria-label={t(`I portalen: ${name}`, `In the portal: ${name}`)}
          value={category.inApp}
          disabled={category.critical}
          onChange={(e) => change('inApp', e.target.value)}
        >
          <option value="on">{t('Til', 'On')}</option>
          <option value="off">{t('Fra', 'Off')}</option>
        </select>
      </td>
    </tr>
  );
}
