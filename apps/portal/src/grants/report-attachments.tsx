import { useState, type FormEvent } from 'react';
import type {
  AwardDto,
  GrantReportDto,
  ReportAttachmentDto,
  ReportAttachmentsDto,
} from '@samvirke/contracts';
import { ApiError } from '../api/client.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';

/** What may be attached, for the file picker (the service reads the type from the bytes). */
const ACCEPT = '.pdf,.xlsx,.docx,.csv,.png,.jpg,.jpeg';

/**
 * A report's attached files (budgets, auditor's statements, photos): whoever sees the award lists
 * and downloads them; the grantee's users attach more while the report waits for a decision.
 */
export function ReportAttachments({
  award,
  report,
  grantee,
}: {
  award: AwardDto;
  report: GrantReportDto;
  grantee: boolean;
}) {
  const i18n = useI18n();
  const { api } = usePortal();
  const path = `/grants/awards/${award.id}/reports/${report.id}/attachments`;
  const loaded = useLoad((client) => client.get<ReportAttachmentsDto>(path), `attachments:${report.id}`);
  const [failure, setFailure] = useState<unknown>(null);
  const headingId = `attachments-${report.id}`;
  async function download(attachment: ReportAttachmentDto): Promise<void> {
    setFailure(null);
    await api
      .download(`${path}/${attachment.id}`)
      .then((blob) => saveBlob(blob, attachment.fileName), setFailure);
  }
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{i18n.t('Bilag', 'Attachments')}</h4>
      {loaded.state === 'failed' && <ErrorMessage error={loaded.error} />}
      {loaded.state === 'ready' && (
        <AttachmentList attachments={loaded.data.attachments} onDownload={(a) => void download(a)} />
      )}
      {failure !== null && <Refusal error={failure} />}
      {grantee && report.status === 'submitted' && (
        <AttachForm
          path={path}
          onAttached={() => loaded.state === 'ready' && loaded.reload()}
          onFailure={setFailure}
        />
      )}
    </section>
  );
}

function AttachmentList({
  attachments,
  onDownload,
}: {
  attachments: readonly ReportAttachmentDto[];
  onDownload: (attachment: ReportAttachmentDto) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (attachments.length === 0) return <p>{t('Ingen bilag.', 'No attachments.')}</p>;
  return (
    <ul>
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <button type="button" className="link-button" onClick={() => onDownload(attachment)}>
            {attachment.fileName}
          </button>{' '}
          ({i18n.formatNumber(Math.max(1, Math.round(attachment.sizeBytes / 1024)), 0)} kB,{' '}
          {t(
            `tilføjet ${i18n.formatDateTime(attachment.uploadedAt)} af ${attachment.uploadedBy}`,
            `added ${i18n.formatDateTime(attachment.uploadedAt)} by ${attachment.uploadedBy}`,
          )}
          )
        </li>
      ))}
    </ul>
  );
}

/** The grantee's file picker: the file's raw bytes go to the service with its name. */
function AttachForm({
  path,
  onAttached,
  onFailure,
}: {
  path: string;
  onAttached: () => void;
  onFailure: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const { busy, attach } = useAttach(path, onAttached, onFailure);
  return (
    <form onSubmit={(event) => void attach(event)}>
      <label>
        {t(
          'Vedhæft en fil (PDF, Excel, Word, CSV, PNG eller JPEG, højst 10 MB)',
          'Attach a file (PDF, Excel, Word, CSV, PNG or JPEG, at most 10 MB)',
        )}
        <input type="file" name="file" accept={ACCEPT} required />
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

function Refusal({ error }: { error: unknown }) {
  const text = refusal(useI18n(), error);
  if (!text) return <ErrorMessage error={error} />;
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}

/** Why the service refused a file, in the reader's language (the other refusals as ErrorMessage says them). */
function refusal(i18n: I18n, error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.status === 415)
    return i18n.t(
      'Filen er ikke PDF, Excel, Word, CSV, PNG eller JPEG (typen læses af filens indhold).',
      'The file is not PDF, Excel, Word, CSV, PNG or JPEG (the type is read from its content).',
    );
  if (error.status === 413) return i18n.t('Filen er større end 10 MB.', 'The file is larger than 10 MB.');
  if (error.status === 409)
    return i18n.t(
      'Rapporten er afgjort: der kan ikke vedhæftes flere filer.',
      'The report has been decided: no more files can be attached.',
    );
  return undefined;
}
