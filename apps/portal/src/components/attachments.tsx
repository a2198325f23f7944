import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { ErrorMessage } from './status.js';

/** What may be attached, for the file picker (the services read the type from the bytes). */
export const ATTACHMENT_ACCEPT = '.pdf,.xlsx,.docx,.csv,.png,.jpg,.jpeg';

/** A stored file as the list shows it; where the service says who added it, the list says when and who. */
export interface ListedAttachment {
  readonly id: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly uploadedAt: string;
  readonly uploadedBy?: string;
}

export interface AttachmentsProps {
  /** The API path of the files: GET lists them, POST attaches one, GET `path/id` downloads one. */
  readonly path: string;
  /** Whether the reader may attach more (the form is shown only then). */
  readonly canUpload: boolean;
  /** The section's heading: its element and its id (the section is labelled by it). */
  readonly heading: { readonly level: 'h2' | 'h4'; readonly id: string };
  /** The reader's words for a 409 refusal, where the service refuses files for a reason of its own. */
  readonly conflict?: (i18n: I18n) => string;
}

/**
 * A record's attached files (an announcement's, a grant report's): the readers list and download them
 * (through the gateway, with their token); those who may attach more get a file picker.
 */
export function Attachments({ path, canUpload, heading, conflict }: AttachmentsProps) {
  const i18n = useI18n();
  const { api } = usePortal();
  const loaded = useLoad(
    (client) => client.get<{ attachments: ListedAttachment[] }>(path),
    `attachments:${path}`,
  );
  const [failure, setFailure] = useState<unknown>(null);
  async function download(attachment: ListedAttachment): Promise<void> {
    setFailure(null);
    await api
      .download(`${path}/${attachment.id}`)
      .then((blob) => saveBlob(blob, attachment.fileName), setFailure);
  }
  const Heading = heading.level;
  return (
    <section aria-labelledby={heading.id}>
      <Heading id={heading.id}>{i18n.t('Bilag', 'Attachments')}</Heading>
      {loaded.state === 'failed' && <ErrorMessage error={loaded.error} />}
      {loaded.state === 'ready' && (
        <AttachmentList attachments={loaded.data.attachments} onDownload={(a) => void download(a)} />
      )}
      {failure !== null && <Refusal error={failure} conflict={conflict} />}
      {canUpload && (
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
  attachments: readonly ListedAttachment[];
  onDownload: (attachment: ListedAttachment) => void;
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
          ({i18n.formatNumber(Math.max(1, Math.round(attachment.sizeBytes / 1024)), 0)} kB
          <AddedBy attachment={attachment} />)
        </li>
      ))}
    </ul>
  );
}

/** `, added <when> by <who>` where the service says who added the file. */
function AddedBy({ attachment }: { attachment: ListedAttachment }) {
  const i18n = useI18n();
  if (attachment.uploadedBy === undefined) return null;
  const when = i18n.formatDateTime(attachment.uploadedAt);
  return (
    <>
      , {i18n.t(`tilføjet ${when} af ${attachment.uploadedBy}`, `added ${when} by ${attachment.uploadedBy}`)}
    </>
  );
}

/** The file picker: the file's raw bytes go to the service with its name. */
function AttachForm(props: { path: string; onAttached: () => void; onFailure: (error: unknown) => void }) {
  const { t } = useI18n();
  const { busy, attach } = useAttach(props.path, props.onAttached, props.onFailure);
  return (
    <form onSubmit={(event) => void attach(event)}>
      <label>
        {t(
          'Vedhæft en fil (PDF, Excel, Word, CSV, PNG eller JPEG, højst 10 MB)',
          'Attach a file (PDF, Excel, Word, CSV, PNG or JPEG, at most 10 MB)',
        )}
        <input type="file" name="file" accept={ATTACHMENT_ACCEPT} required />
      </label>
      <button type="submit" disabled={busy}>
        {t('Vedhæft', 'Attach')}
      </button>
    </form>
  );
}

/** Sends the form's file; tells whether it is under way. */
function useAttach(path: string, onAttached: () => void, onFailure: (error: unknown) => void) {
  const { api } = usePortal();
  const [busy, setBusy] = useState(false);
  async function attach(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    onFailure(null);
    try {
      await api.sendFile(path, file, file.name);
      form.reset();
      onAttached();
    } catch (error) {
      onFailure(error);
    } finally {
      setBusy(false);
    }
  }
  return { busy, attach };
}

/** Offers a downloaded file to the browser to save under its name. */
function saveBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

function Refusal({ error, conflict }: { error: unknown; conflict?: (i18n: I18n) => string }) {
  const text = refusal(useI18n(), error, conflict);
  if (!text) return <ErrorMessage error={error} />;
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}

/** Why the service refused a file, in the reader's language (the other refusals as ErrorMessage says them). */
function refusal(i18n: I18n, error: unknown, conflict?: (i18n: I18n) => string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.status === 415)
    return i18n.t(
      'Filen er ikke PDF, Excel, Word, CSV, PNG eller JPEG (typen læses af filens indhold).',
      'The file is not PDF, Excel, Word, CSV, PNG or JPEG (the type is read from its content).',
    );
  if (error.status === 413) return i18n.t('Filen er større end 10 MB.', 'The file is larger than 10 MB.');
  if (error.status === 409 && conflict) return conflict(i18n);
  return undefined;
}
