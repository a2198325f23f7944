import { useState, type FormEvent } from 'react';
import type { AnnouncementAttachmentDto, AnnouncementAttachmentsDto } from '@samvirke/contracts';
import { ApiError } from '../api/client.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';

/** What may be attached, for the file picker (partners reads the type from the bytes). */
export const ANNOUNCEMENT_ACCEPT = '.pdf,.xlsx,.docx,.csv,.png,.jpg,.jpeg';

/**
 * An announcement's files: its readers download them (through the gateway, with their token); the
 * programme's managers attach more.
 */
export function AnnouncementAttachments({ path, canManage }: { path: string; canManage: boolean }) {
  const i18n = useI18n();
  const { api } = usePortal();
  const loaded = useLoad((client) => client.get<AnnouncementAttachmentsDto>(path), `attachments:${path}`);
  const [failure, setFailure] = useState<unknown>(null);
  async function download(attachment: AnnouncementAttachmentDto): Promise<void> {
    setFailure(null);
    await api
      .download(`${path}/${attachment.id}`)
      .then((blob) => saveBlob(blob, attachment.fileName), setFailure);
  }
  return (
    <section aria-labelledby="announcement-attachments">
      <h2 id="announcement-attachments">{i18n.t('Bilag', 'Attachments')}</h2>
      {loaded.state === 'failed' && <ErrorMessage error={loaded.error} />}
      {loaded.state === 'ready' && (
        <AttachmentList attachments={loaded.data.attachments} onDownload={(a) => void download(a)} />
      )}
      {failure !== null && <Refusal error={failure} />}
      {canManage && (
        <AttachForm
          path={path}
          onAttached={() => loaded.state === 'ready' && loaded.reload()}
          onFailure={setFailure}
        />
      )}
    </section>
  );
}

function AttachmentList(props: {
  attachments: readonly AnnouncementAttachmentDto[];
  onDownload: (attachment: AnnouncementAttachmentDto) => void;
}) {
  const i18n = useI18n();
  if (props.attachments.length === 0) return <p>{i18n.t('Ingen bilag.', 'No attachments.')}</p>;
  return (
    <ul>
      {props.attachments.map((attachment) => (
        <li key={attachment.id}>
          <button type="button" className="link-button" onClick={() => props.onDownload(attachment)}>
            {attachment.fileName}
          </button>{' '}
          ({i18n.formatNumber(Math.max(1, Math.round(attachment.sizeBytes / 1024)), 0)} kB)
        </li>
      ))}
    </ul>
  );
}

function AttachForm(props: { path: string; onAttached: () => void; onFailure: (error: unknown) => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [busy, setBusy] = useState(false);
  async function attach(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    props.onFailure(null);
    try {
      await api.sendFile(props.path, file, file.name);
      form.reset();
      props.onAttached();
    } catch (error) {
      props.onFailure(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(event) => void attach(event)}>
      <label>
        {t(
          'Vedhæft en fil (PDF, Excel, Word, CSV, PNG eller JPEG, højst 10 MB)',
          'Attach a file (PDF, Excel, Word, CSV, PNG or JPEG, at most 10 MB)',
        )}
        <input type="file" name="file" accept={ANNOUNCEMENT_ACCEPT} required />
      </label>
      <button type="submit" disabled={busy}>
        {t('Vedhæft', 'Attach')}
      </button>
    </form>
  );
}

/** Offers a downloaded file to the browser to save under its name. */
function saveBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

function Refusal({ error }: { error: unknown }) {
  const text = refusal(useI18n(), error);
  if (!text) return <ErrorMessage error={error} />;
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}

function refusal(i18n: I18n, error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.status === 415)
    return i18n.t(
      'Filen er ikke PDF, Excel, Word, CSV, PNG eller JPEG (typen læses af filens indhold).',
      'The file is not PDF, Excel, Word, CSV, PNG or JPEG (the type is read from its content).',
    );
  if (error.status === 413) return i18n.t('Filen er større end 10 MB.', 'The file is larger than 10 MB.');
  return undefined;
}
