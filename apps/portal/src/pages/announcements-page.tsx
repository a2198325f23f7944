import type { AnnouncementDto, AnnouncementReceipts } from '@samvirke/contracts';
import { useEffect, useState } from 'react';
import { canManageProgramme } from '../admin/access.js';
import { loadProgrammeWithMembers, type ProgrammeWithMembers } from '../admin/admin-load.js';
import { Attachments } from '../components/attachments.js';
import { AnnouncementForm } from '../announcements/announcement-form.js';
import { MarkdownView } from '../announcements/markdown-view.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await, StatusBadge } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';
import { Link } from '../router.js';

type AnnouncementsView = ProgrammeWithMembers & { announcements: AnnouncementDto[] };

/** A programme's announcements: read by its members, written by its managers. */
export function AnnouncementsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad<AnnouncementsView>(async (client) => {
    const [view, announcements] = await Promise.all([
      loadProgrammeWithMembers(client, programmeId),
      client.get<AnnouncementDto[]>(`/partners/programmes/${programmeId}/announcements`),
    ]);
    return { ...view, announcements };
  }, `announcements:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Opslag', 'Announcements'),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>{(view, reload) => <Announcements view={view} reload={reload} />}</Await>
    </Page>
  );
}

function Announcements({ view, reload }: { view: AnnouncementsView; reload: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { principal } = usePortal();
  const { programme, members, announcements } = view;
  return (
    <>
      <ProgrammeNav programmeId={programme.id} name={programme.name} />
      {announcements.length === 0 ? (
        <p className="notice">{t('Der er ingen opslag endnu.', 'There are no announcements yet.')}</p>
      ) : (
        <ul className="cards">
          {announcements.map((announcement) => (
            <li className="card" key={announcement.id}>
              <h2>
                <Link href={`/programmes/${programme.id}/announcements/${announcement.id}`}>
                  {announcement.title}
                </Link>
              </h2>
              <AnnouncementFacts announcement={announcement} i18n={i18n} />
            </li>
          ))}
        </ul>
      )}
      {canManageProgramme(principal, members) && (
        <AnnouncementForm programmeId={programme.id} members={members} onSent={reload} />
      )}
    </>
  );
}

function AnnouncementFacts({ announcement, i18n }: { announcement: AnnouncementDto; i18n: I18n }) {
  const { t } = i18n;
  const scheduled = announcement.status === 'scheduled';
  return (
    <p>
      {scheduled ? (
        <StatusBadge status="planned" label={t('Planlagt', 'Scheduled')} />
      ) : (
        <StatusBadge
          status={announcement.readAt ? 'completed' : 'ongoing'}
          label={announcement.readAt ? t('Læst', 'Read') : t('Ulæst', 'Unread')}
        />
      )}{' '}
      <span className="muted">
        {announcement.authorName} · {i18n.formatDateTime(announcement.publishedAt ?? announcement.publishAt)}
      </span>
    </p>
  );
}

/** One announcement; opening it records that the reader has read it. Managers see who has. */
export function AnnouncementPage({
  programmeId,
  announcementId,
}: {
  programmeId: string;
  announcementId: string;
}) {
  const i18n = useI18n();
  const path = `/partners/programmes/${programmeId}/announcements/${announcementId}`;
  const loaded = useLoad<AnnouncementView>(async (client) => {
    const [view, announcement] = await Promise.all([
      loadProgrammeWithMembers(client, programmeId),
      client.get<AnnouncementDto>(path),
    ]);
    return { ...view, announcement };
  }, `announcement:${announcementId}`);
  const ready = loaded.state === 'ready' ? loaded.data : undefined;
  const heading = programmeHeading(
    i18n.t,
    ready?.announcement.title ?? i18n.t('Opslag', 'Announcement'),
    ready?.programme,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>{(view) => <OneAnnouncement view={view} path={path} />}</Await>
    </Page>
  );
}

type AnnouncementView = ProgrammeWithMembers & { announcement: AnnouncementDto };

function OneAnnouncement({ view, path }: { view: AnnouncementView; path: string }) {
  const i18n = useI18n();
  const { api, principal } = usePortal();
  const { programme, announcement } = view;
  const published = announcement.status === 'published';
  const [readAt, setReadAt] = useState(announcement.readAt);
  useEffect(() => {
    if (!published) return;
    api
      .send<{ readAt: string }>('POST', `${path}/read`)
      .then((receipt) => setReadAt(receipt.readAt))
      .catch(() => undefined);
  }, [published, api, path]);
  return (
    <>
      <ProgrammeNav programmeId={programme.id} name={programme.name} />
      <article>
        <AnnouncementFacts announcement={{ ...announcement, readAt }} i18n={i18n} />
        <MarkdownView markdown={announcement.body} />
      </article>
      <Attachments
        path={`${path}/attachments`}
        canUpload={canManageProgramme(principal, view.members)}
        heading={{ level: 'h2', id: 'announcement-attachments' }}
      />
      <p>
        <Link href={`/programmes/${programme.id}/announcements`}>
          {i18n.t('Alle opslag', 'All announcements')}
        </Link>
      </p>
      {published && canManageProgramme(principal, view.members) && <Receipts path={`${path}/receipts`} />}
    </>
  );
}

function Receipts({ path }: { path: string }) {
  const i18n = useI18n();
  const loaded = useLoad<AnnouncementReceipts>((client) => client.get(path), path);
  return (
    <section aria-labelledby="receipts">
      <h2 id="receipts">{i18n.t('Læst af', 'Read by')}</h2>
      <Await loaded={loaded}>
        {(receipts) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{i18n.t('Organisation', 'Organisation')}</th>
                <th scope="col">{i18n.t('Læst af', 'Read by')}</th>
              </tr>
            </thead>
            <tbody>
              {receipts.organisations.map((organisation) => (
                <tr key={organisation.organisationId}>
                  <th scope="row">{organisation.organisationName}</th>
                  <td>
                    {organisation.readers.length === 0
                      ? i18n.t('Ingen endnu', 'Nobody yet')
                      : organisation.readers
                          .map((reader) => `${reader.username} (${i18n.formatDateTime(reader.readAt)})`)
                          .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Await>
    </section>
  );
}
