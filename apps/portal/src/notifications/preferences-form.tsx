import { useState } from 'react';
import { Await, ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import type { CategoryPreference, Preferences } from './notification-types.js';

const CATEGORY_NAMES: Record<string, [string, string]> = {
  'reporting-reminder': ['Påmindelser om indberetning', 'Reporting reminders'],
  'reporting-overdue': ['Indberetning over fristen', 'Reporting overdue'],
  'submission-review': ['Godkendelse af indberetninger', 'Report approvals'],
  'programme-membership': ['Medlemskab af programmer', 'Programme membership'],
  'grant-update': ['Nyt om tilskud', 'Grant updates'],
  'payment-held': ['Tilbageholdte udbetalinger', 'Payments held'],
};

/** Each change is saved at once; critical categories cannot be muted. */
export function PreferencesForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [notice, setNotice] = useState('');
  // The answer to the last change, shown until the page is loaded again.
  const [saved, setSaved] = useState<Preferences | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const loaded = useLoad((client) => client.get<Preferences>('/notifications/preferences'), 'preferences');

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

  const name = (category: string): string => {
    const names = CATEGORY_NAMES[category];
    return names ? t(names[0], names[1]) : category;
  };

  return (
    <section aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">{t('Indstillinger', 'Preferences')}</h2>
      <Await loaded={loaded}>
        {(loadedPreferences) => {
          const preferences = saved ?? loadedPreferences;
          return (
            <>
              <div className="field inline">
                <label htmlFor="notification-language">
                  {t('Sprog i beskeder', 'Language of notifications')}
                </label>
                <select
                  id="notification-language"
                  value={preferences.language}
                  onChange={(e) => void save({ language: e.target.value })}
                >
                  <option value="da">Dansk</option>
                  <option value="en">English</option>
                </select>
              </div>
              <p className="muted">
                {t('E-mail', 'E-mail')}: {preferences.email ?? t('ingen adresse', 'no address')}
              </p>
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">
                    {t('Kanaler pr. kategori', 'Channels per category')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('Kategori', 'Category')}</th>
                      <th scope="col">{t('E-mail', 'E-mail')}</th>
                      <th scope="col">{t('I portalen', 'In the portal')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preferences.categories.map((category: CategoryPreference) => (
                      <tr key={category.category}>
                        <th scope="row">
                          {name(category.category)}
                          {category.critical && (
                            <span className="muted">
                              {' '}
                              ({t('vigtig, kan ikke slås fra', 'important, cannot be muted')})
                            </span>
                          )}
                        </th>
                        <td>
                          <select
                            aria-label={t(
                              `E-mail: ${name(category.category)}`,
                              `E-mail: ${name(category.category)}`,
                            )}
                            value={category.email}
                            disabled={category.critical}
                            onChange={(e) =>
                              void save({ categories: { [category.category]: { email: e.target.value } } })
                            }
                          >
                            <option value="on">{t('Med det samme', 'At once')}</option>
                            <option value="digest">{t('Daglig samling', 'Daily digest')}</option>
                            <option value="off">{t('Fra', 'Off')}</option>
                          </select>
                        </td>
                        <td>
                          <select
                            aria-label={t(
                              `I portalen: ${name(category.category)}`,
                              `In the portal: ${name(category.category)}`,
                            )}
                            value={category.inApp}
                            disabled={category.critical}
                            onChange={(e) =>
                              void save({ categories: { [category.category]: { inApp: e.target.value } } })
                            }
                          >
                            <option value="on">{t('Til', 'On')}</option>
                            <option value="off">{t('Fra', 'Off')}</option>
                          </select>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Await>
      <p role="status" className="notice">
        {notice}
      </p>
      {failure !== null && <ErrorMessage error={failure} />}
    </section>
  );
}
