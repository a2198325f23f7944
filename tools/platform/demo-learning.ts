/**
 * Results-Based Accountability in the demo: the social programmes' indicators classified as
 * population indicators and performance measures, a story behind the curve with an action plan and
 * a comment, and a learning log, so the scorecard, story and learning pages show content. Each step
 * looks first: a classified indicator, a written story, a comment or a log with entries is left as is.
 */
import type {
  LearningEntryDto,
  PerformanceQuestion,
  ProgrammeIndicatorDto,
  RbaKind,
  ScorecardDto,
  StoryDto,
} from '@samvirke/contracts';
import type { DemoApi } from './demo-api.js';

type Classification = readonly [RbaKind, PerformanceQuestion | null];

const CLASSES: Readonly<Record<string, Readonly<Record<string, Classification>>>> = {
  'bryd-den-negative-sociale-arv': {
    'unge-i-ungdomsuddannelse': ['population', null],
    'ungdomsuddannelse-som-25-aarig': ['population', null],
    'nye-anbringelser': ['population', null],
    'bekymrende-skolefravaer': ['performance', 'how-well'],
    'alderssvarende-sprog': ['performance', 'better-off'],
  },
  'hjem-til-alle': {
    'hjemloese-unge': ['population', null],
    'unge-i-housing-first': ['performance', 'how-much'],
    'ungeboliger-anvist': ['performance', 'how-much'],
    'udskrevet-uden-bolig': ['performance', 'how-well'],
    'egen-bolig-efter-et-aar': ['performance', 'better-off'],
  },
};

/** Resends each unclassified indicator's whole configuration with its class (a PUT replaces it all). */
async function classify(
  api: DemoApi,
  programmeId: string,
  classes: Record<string, Classification>,
): Promise<number> {
  const path = `/measurement/programmes/${programmeId}/indicators`;
  const tracked = await api.get<ProgrammeIndicatorDto[]>('admin', path);
  let classified = 0;
  for (const indicator of tracked) {
    const found = classes[indicator.code];
    if (!found || indicator.rbaKind !== null) continue;
    const { frequency, baseline, targets, required, goalIds } = indicator;
    await api.must('admin', 'PUT', `${path}/${indicator.code}`, {
      frequency,
      baseline,
      targets,
      required,
      goalIds,
      rbaKind: found[0],
      performanceQuestion: found[1],
    });
    classified += 1;
  }
  return classified;
}

const STORY = {
  explanation:
    'Flere unge fastholdes i uddannelse, siden mentorordningen og lektiecaféerne kom i gang i København og Aarhus. Frafaldet falder mest blandt drenge.',
  partners: 'Ungdomsskolerne, UU-vejledningen, frivillige mentorer fra Røde Kors',
  whatWorks: 'En fast voksen (mentor) og lektiehjælp tæt på hjemmet; tidlig kontakt ved fravær.',
  actions: [
    {
      who: 'Bryd Arven Sekretariatet',
      what: 'Samle erfaringer fra mentorordningen til styregruppen',
      byWhen: '2026-09-30',
    },
    {
      who: 'Københavns Kommune',
      what: 'Udvide lektiecaféerne til to biblioteker mere',
      byWhen: '2026-12-31',
    },
  ],
};

const LEARNING = [
  {
    title: 'Mentorordningen virker bedst med en fast voksen',
    body: 'Unge, der har haft den samme mentor i mindst et halvt år, bliver oftere i uddannelsen. Skift af mentor giver frafald.',
    code: 'unge-i-ungdomsuddannelse',
  },
  {
    title: 'Fravær skal fanges tidligt',
    body: 'Skolerne, der ringer hjem på første fraværsdag, har et lavere bekymrende fravær end dem, der venter en uge.',
    code: 'bekymrende-skolefravaer',
  },
];

/** The story behind the curve of the latest reported quarter of Bryd Arven's first indicator, with a comment. */
async function writeStory(api: DemoApi, programmeId: string): Promise<string> {
  const scorecard = await api.get<ScorecardDto>(
    'coordinator',
    `/measurement/programmes/${programmeId}/scorecard`,
  );
  const indicator = scorecard.indicators.find((item) => item.code === 'unge-i-ungdomsuddannelse');
  const period = indicator?.curve.filter((point) => typeof point.value === 'number').at(-1)?.period;
  if (!period) return 'no reported quarter for a story';
  const path = `/measurement/programmes/${programmeId}/indicators/unge-i-ungdomsuddannelse/stories/${period}`;
  const story = await api.get<StoryDto>('coordinator', path);
  if (!story.updatedAt) await api.must('coordinator', 'PUT', path, STORY);
  if (story.comments.length === 0)
    await api.must('reporterKobenhavn', 'POST', `${path}/comments`, {
      body: 'Vi ser det samme i Nordvest: mentorerne gør en forskel. Vi deler gerne tallene pr. skole.',
    });
  return `story behind the curve for ${period}`;
}

async function fillLearningLog(api: DemoApi, programmeId: string): Promise<number> {
  const path = `/measurement/programmes/${programmeId}/learning`;
  const log = await api.get<LearningEntryDto[]>('coordinator', path);
  if (log.length > 0) return 0;
  for (const entry of LEARNING) await api.must('coordinator', 'POST', path, entry);
  return LEARNING.length;
}

export async function loadDemoLearning(
  api: DemoApi,
  programmeIds: ReadonlyMap<string, string>,
): Promise<string> {
  let classified = 0;
  for (const [slug, classes] of Object.entries(CLASSES)) {
    const programmeId = programmeIds.get(slug);
    if (programmeId) classified += await classify(api, programmeId, classes);
  }
  const brydArven = programmeIds.get('bryd-den-negative-sociale-arv');
  if (!brydArven) return `${classified} indicators classified`;
  const story = await writeStory(api, brydArven);
  const entries = await fillLearningLog(api, brydArven);
  return `${classified} indicators classified, ${story}, ${entries} learning log entries added`;
}
