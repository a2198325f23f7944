import type { ProgrammeDto, ProgrammeIndicatorDto, StoryDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { StoryComments } from '../learning/story-comments.js';
import { StoryForm } from '../learning/story-form.js';
import { useLoad } from '../portal-context.js';
import { loadProgramme } from '../programmes.js';
import { Link } from '../router.js';
import { ProgrammeSection } from '../components/programme-section.js';

interface Story {
  readonly programme: ProgrammeDto;
  readonly indicator: ProgrammeIndicatorDto | undefined;
  readonly story: StoryDto;
}

async function loadStory(api: ApiClient, programmeId: string, code: string, period: string): Promise<Story> {
  const [programme, tracked, story] = await Promise.all([
    loadProgramme(api, programmeId),
    api.get<ProgrammeIndicatorDto[]>(`/measurement/programmes/${programmeId}/indicators`),
    api.get<StoryDto>(
      `/measurement/programmes/${programmeId}/indicators/${encodeURIComponent(code)}/stories/${encodeURIComponent(period)}`,
    ),
  ]);
  return { programme, indicator: tracked.find((item) => item.code === code), story };
}

/** The story behind the curve of one indicator and period, written by the programme's members. */
export function StoryPage({
  programmeId,
  code,
  period,
}: {
  programmeId: string;
  code: string;
  period: string;
}) {
  const { t } = useI18n();
  const loaded = useLoad(
    (api) => loadStory(api, programmeId, code, period),
    `story:${programmeId}:${code}:${period}`,
  );
  return (
    <ProgrammeSection
      section={t(`Historien bag kurven: ${code} ${period}`, `The story behind the curve: ${code} ${period}`)}
      loaded={loaded}
    >
      {({ indicator, story }, reload) => (
        <>
          <StoryHeading programmeId={programmeId} indicator={indicator} story={story} />
          <StoryForm story={story} onSaved={reload} />
          <StoryComments story={story} />
        </>
      )}
    </ProgrammeSection>
  );
}

function StoryHeading({
  programmeId,
  indicator,
  story,
}: {
  programmeId: string;
  indicator: ProgrammeIndicatorDto | undefined;
  story: StoryDto;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <p>
        {indicator && (i18n.language === 'da' ? indicator.nameDa : indicator.nameEn)} · {story.period}{' '}
        <Link href={`/programmes/${programmeId}/scorecard`}>{t('Til scorecardet', 'To the scorecard')}</Link>
      </p>
      {story.updatedAt && (
        <p className="muted">
          {t(
            `Senest skrevet ${i18n.formatDateTime(story.updatedAt)}`,
            `Last written ${i18n.formatDateTime(story.updatedAt)}`,
          )}
        </p>
      )}
    </>
  );
}
