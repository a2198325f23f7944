import type { MembershipDto, MembershipRole } from '@samvirke/contracts';
import { useState } from 'react';
import { Field, FieldError, invalid, type Errors } from '../components/fields.js';
import { RoleCheckboxes } from '../admin/role-checkboxes.js';
import { SubmitRow } from '../admin/submit-row.js';
import { TextField } from '../admin/text-field.js';
import { useCheckedForm } from '../admin/use-checked-form.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { ATTACHMENT_ACCEPT } from '../components/attachments.js';
import { MarkdownView } from './markdown-view.js';

interface Draft {
  title: string;
  body: string;
  organisationIds: string[];
  roles: MembershipRole[];
  /** datetime-local value, empty for now. */
  publishAt: string;
}

type Set = (changes: Partial<Draft>) => void;

const EMPTY: Draft = { title: '', body: '', organisationIds: [], roles: [], publishAt: '' };

/** The request body of a draft: the local publishing time as an instant, none for now. */
function requestOf(draft: Draft) {
  return {
    title: draft.title,
    body: draft.body,
    audience: { organisationIds: draft.organisationIds, roles: draft.roles },
    ...(draft.publishAt ? { publishAt: new Date(draft.publishAt).toISOString() } : {}),
  };
}

/** Writing an announcement (the programme's managers): Markdown with a preview, audience, time. */
export function AnnouncementForm(props: {
  programmeId: string;
  members: readonly MembershipDto[];
  onSent: () => void;
}) {
  const { t } = useI18n();
  const { draft, set, setFiles, form } = useAnnouncementDraft(props.programmeId, props.onSent);
  return (
    <section aria-labelledby="new-announcement">
      <h2 id="new-announcement">{t('Skriv et opslag', 'Write an announcement')}</h2>
      <form {...form.formProps}>
        <TextFields draft={draft} set={set} errors={form.errors} />
        <Audience draft={draft} set={set} errors={form.errors} members={props.members} />
        <FilesField onChange={setFiles} />
        <SubmitRow
          label={
            draft.publishAt
              ? t('Planlæg opslaget', 'Schedule the announcement')
              : t('Udgiv opslaget', 'Publish the announcement')
          }
          failure={form.failure}
          sending={form.sending}
        />
      </form>
    </section>
  );
}

/** The draft, its checks, and sending it: the announcement first, then its files. */
function useAnnouncementDraft(programmeId: string, onSent: () => void) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [files, setFiles] = useState<File[]>([]);
  const form = useCheckedForm(
    draft,
    (d, sending) => ({
      ...(sending && !d.title.trim() ? { '/title': t('Skriv en overskrift', 'Write a title') } : {}),
      ...(sending && !d.body.trim() ? { '/body': t('Skriv en tekst', 'Write a text') } : {}),
    }),
    async (d) => {
      const path = `/partners/programmes/${programmeId}/announcements`;
      const created = await api.send<{ id: string }>('POST', path, requestOf(d));
      // The files go to the announcement once it exists (readers see them as they are added).
      for (const file of files) await api.sendFile(`${path}/${created.id}/attachments`, file, file.name);
      setFiles([]);
      setDraft(EMPTY);
      onSent();
    },
  );
  const set: Set = (changes) => setDraft({ ...draft, ...changes });
  return { draft, set, setFiles, form };
}

/** Files to attach once the announcement is written. */
function FilesField({ onChange }: { onChange: (files: File[]) => void }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor="announcement-files">
        {t(
          'Bilag (PDF, Excel, Word, CSV, PNG eller JPEG, højst 10 MB hver)',
          'Attachments (PDF, Excel, Word, CSV, PNG or JPEG, at most 10 MB each)',
        )}
      </label>
      <input
        id="announcement-files"
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        onChange={(e) => onChange([...(e.target.files ?? [])])}
      />
    </div>
  );
}

function TextFields({ draft, set, errors }: { draft: Draft; set: Set; errors: Errors }) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id="announcement-title"
        label={t('Overskrift', 'Title')}
        pointer="/title"
        value={draft.title}
        onChange={(title) => set({ title })}
        errors={errors}
      />
      <TextField
        id="announcement-body"
        label={t('Tekst', 'Text')}
        pointer="/body"
        rows={8}
        value={draft.body}
        onChange={(body) => set({ body })}
        errors={errors}
        hint={t(
          'Markdown: **fed**, *kursiv*, [link](https://…), - punkter, # overskrift',
          'Markdown: **bold**, *italic*, [link](https://…), - bullets, # heading',
        )}
      />
      {draft.body.trim() && (
        <div className="preview" role="region" aria-label={t('Forhåndsvisning', 'Preview')}>
          <MarkdownView markdown={draft.body} />
        </div>
      )}
      <PublishAt draft={draft} set={set} errors={errors} />
    </>
  );
}

interface AudienceProps {
  readonly draft: Draft;
  readonly set: Set;
  readonly errors: Errors;
  readonly members: readonly MembershipDto[];
}

function Audience({ draft, set, errors, members }: AudienceProps) {
  const { t } = useI18n();
  return (
    <>
      <MemberChoice draft={draft} set={set} errors={errors} members={members} />
      <RoleCheckboxes
        id="audience-roles"
        legend={t('… eller medlemmer med rollen', '… or members with the role')}
        roles={draft.roles}
        onChange={(roles) => set({ roles })}
        errors={{}}
      />
    </>
  );
}

function PublishAt({ draft, set, errors }: { draft: Draft; set: Set; errors: Errors }) {
  const { t } = useI18n();
  return (
    <Field
      id="announcement-publish-at"
      label={t('Udgiv (tomt: nu)', 'Publish (empty: now)')}
      errors={errors}
      pointer="/publishAt"
    >
      <input
        id="announcement-publish-at"
        type="datetime-local"
        value={draft.publishAt}
        {...invalid(errors, '/publishAt', 'announcement-publish-at')}
        onChange={(e) => set({ publishAt: e.target.value })}
      />
    </Field>
  );
}

function MemberChoice({ draft, set, errors, members }: AudienceProps) {
  const { t } = useI18n();
  const toggle = (id: string, on: boolean): void =>
    set({
      organisationIds: on ? [...draft.organisationIds, id] : draft.organisationIds.filter((o) => o !== id),
    });
  return (
    <fieldset>
      <legend>{t('Til (ingen valgt: alle medlemmer)', 'To (none chosen: every member)')}</legend>
      {members
        .filter((member) => member.leftOn === null)
        .map((member) => (
          <div className="check" key={member.organisationId}>
            <input
              id={`audience-${member.organisationId}`}
              type="checkbox"
              checked={draft.organisationIds.includes(member.organisationId)}
              onChange={(e) => toggle(member.organisationId, e.target.checked)}
            />
            <label htmlFor={`audience-${member.organisationId}`}>{member.organisationName}</label>
          </div>
        ))}
      <FieldError errors={errors} pointer="/audience" id="audience" />
    </fieldset>
  );
}
