import type { ReactNode } from 'react';
import { ComparisonPage } from '../pages/comparison-page.js';
import { LearningPage } from '../pages/learning-page.js';
import { ScorecardPage } from '../pages/scorecard-page.js';
import { StoryPage } from '../pages/story-page.js';

type Render = (params: Record<string, string>) => ReactNode;

/** Results-Based Accountability's pages: scorecards, stories behind the curve, learning, comparisons. */
export const learningPages: readonly (readonly [string, Render])[] = [
  ['/programmes/:programmeId/scorecard', (p) => <ScorecardPage programmeId={p['programmeId'] ?? ''} />],
  [
    '/programmes/:programmeId/scorecard/:goalId',
    (p) => <ScorecardPage programmeId={p['programmeId'] ?? ''} goalId={p['goalId'] ?? ''} />,
  ],
  [
    '/programmes/:programmeId/stories/:code/:period',
    (p) => (
      <StoryPage programmeId={p['programmeId'] ?? ''} code={p['code'] ?? ''} period={p['period'] ?? ''} />
    ),
  ],
  ['/programmes/:programmeId/learning', (p) => <LearningPage programmeId={p['programmeId'] ?? ''} />],
  ['/comparisons', () => <ComparisonPage />],
  ['/comparisons/:code', (p) => <ComparisonPage code={p['code'] ?? ''} />],
];
