import type { ApplicationDto } from '@samvirke/contracts';
import { useEffect, useRef, useState } from 'react';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { draftBody, draftOf, type Draft } from './application-draft.js';
import { useServerAnswer } from './server-answer.js';

/** Saves a second after the last change to the draft (not when the form first shows it). */
function useSaveOnChange(draft: Draft, save: () => Promise<boolean>): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => void save(), 1_000);
    return () => clearTimeout(timer);
    // Saves whenever the draft changes; save() reads the latest draft.
  }, [draft]);
}

function savedAt(i18n: I18n): string {
  return `${i18n.t('Gemt', 'Saved')} ${new Date().toLocaleTimeString(i18n.language === 'da' ? 'da-DK' : 'en-GB')}`;
}

/** The keys of the call's questions, whose answers the draft keeps. */
type Keys = readonly string[];

/** A draft application, saved as the applicant types, and its submission. */
export function useApplicationDraft(application: ApplicationDto, onSubmitted: () => void, keys: Keys = []) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [draft, setDraft] = useState<Draft>(() => draftOf(application, i18n.language, keys));
  const [saved, setSaved] = useState<string>('');
  const answer = useServerAnswer();
  const path = `/grants/applications/${application.id}`;
  async function save(): Promise<boolean> {
    try {
      setSaved(t('Gemmer …', 'Saving …'));
      await api.send('PATCH', path, draftBody(draft));
      answer.clear();
      setSaved(savedAt(i18n));
      return true;
    } catch (error) {
      setSaved('');
      answer.fail(error);
      return false;
    }
  }
  useSaveOnChange(draft, save);

  async function submit(): Promise<void> {
    if (!(await save())) return;
    try {
      await api.send('POST', `${path}/submit`);
      onSubmitted();
    } catch (error) {
      answer.fail(error);
    }
  }

  const change = (patch: Partial<Draft>): void => {
    setSaved(t('Ikke gemt endnu …', 'Not saved yet …'));
    setDraft((current) => ({ ...current, ...patch }));
  };
  return { draft, saved, fieldErrors: answer.fieldErrors, failure: answer.failure, change, submit };
}
