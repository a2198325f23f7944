import type { ApplicationFileDto, FormAnswer } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';

/** Uploads a file to the application and answers the question with its id. */
function useUpload(applicationId: string, set: (value: FormAnswer) => void) {
  const { api } = usePortal();
  const [name, setName] = useState<string>('');
  const [failure, setFailure] = useState<unknown>(null);
  async function upload(file: File | undefined): Promise<void> {
    if (!file) return;
    setFailure(null);
    try {
      const path = `/grants/applications/${applicationId}/files`;
      const stored = await api.sendFile<ApplicationFileDto>(path, file, file.name);
      setName(stored.fileName);
      set(stored.id);
    } catch (error) {
      setFailure(error);
    }
  }
  return { name, failure, upload };
}

/** A file question: the applicant uploads a file to the application, the answer is its id. */
export function FileAnswer({
  id,
  applicationId,
  answer,
  set,
}: {
  id: string;
  applicationId: string;
  answer: FormAnswer;
  set: (value: FormAnswer) => void;
}) {
  const { t } = useI18n();
  const { name, failure, upload } = useUpload(applicationId, set);
  return (
    <div>
      <input id={id} type="file" onChange={(e) => void upload(e.target.files?.[0])} />
      {typeof answer === 'string' && (
        <p className="notice">
          {t('Vedhæftet', 'Attached')}: {name || t('en fil', 'a file')}
        </p>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
    </div>
  );
}
