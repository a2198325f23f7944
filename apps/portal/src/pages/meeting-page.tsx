import type { MeetingDto } from '@samvirke/contracts';
import { canManageProgramme } from '../admin/access.js';
import { loadProgrammeWithMembers, type ProgrammeWithMembers } from '../admin/admin-load.js';
import { MarkdownView } from '../announcements/markdown-view.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { QuickForm } from '../governance/quick-form.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';

/** One meeting: agenda, linked documents and minutes; the backbone records the minutes. */
export function MeetingPage({ programmeId, meetingId }: { programmeId: string; meetingId: string }) {
  const { t } = useI18n();
  const path = `/partners/programmes/${programmeId}/governance/meetings/${meetingId}`;
  const loaded = useLoad<ProgrammeWithMembers & { meeting: MeetingDto }>(async (client) => {
    const [view, meeting] = await Promise.all([
      loadProgrammeWithMembers(client, programmeId),
      client.get<MeetingDto>(path),
    ]);
    return { ...view, meeting };
  }, `meeting:${meetingId}`);
  const ready = loaded.state === 'ready' ? loaded.data : undefined;
  const heading = programmeHeading(t, ready?.meeting.title ?? t('Møde', 'Meeting'), ready?.programme);
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>{(view, reload) => <Meeting {...view} path={path} reload={reload} />}</Await>
    </Page>
  );
}

type MeetingProps = ProgrammeWithMembers & { meeting: MeetingDto; path: string; reload: () => void };

function Meeting(props: MeetingProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { principal } = usePortal();
  const { meeting, programme } = props;
  return (
    <>
      <ProgrammeNav programmeId={programme.id} name={programme.name} />
      <p>
        {meeting.bodyName} · {i18n.formatDateTime(meeting.startsAt)}–{i18n.formatDateTime(meeting.endsAt)}
        {meeting.location && ` · ${meeting.location}`}
      </p>
      <h2>{t('Dagsorden', 'Agenda')}</h2>
      <ol>
        {meeting.agenda.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      <MeetingDocuments meeting={meeting} />
      <h2>{t('Referat', 'Minutes')}</h2>
      {meeting.minutes ? (
        <MarkdownView markdown={meeting.minutes} />
      ) : (
        <p className="notice">{t('Intet referat endnu.', 'No minutes yet.')}</p>
      )}
      {canManageProgramme(principal, props.members) && <MinutesForm {...props} />}
    </>
  );
}

/** The meeting's documents, linked by their addresses (the house keeps no shared file store outside grants). */
function MeetingDocuments({ meeting }: { meeting: MeetingDto }) {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('Dokumenter', 'Documents')}</h2>
      <ul>
        {meeting.documents.map((document) => (
          <li key={document.url}>
            <a href={document.url} rel="noopener noreferrer">
              {document.title}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function MinutesForm({ meeting, path, reload }: MeetingProps) {
  const { t } = useI18n();
  return (
    <QuickForm
      id="minutes"
      heading={t('Skriv referatet', 'Write the minutes')}
      submit={t('Gem referatet', 'Save the minutes')}
      method="PUT"
      initial={{ minutes: meeting.minutes ?? '' }}
      fields={[
        {
          name: 'minutes',
          label: t('Referat (Markdown)', 'Minutes (Markdown)'),
          pointer: '/minutes',
          kind: 'textarea',
          required: true,
        },
      ]}
      path={() => `${path}/minutes`}
      body={(v) => ({ minutes: v['minutes'] })}
      onSent={reload}
    />
  );
}
