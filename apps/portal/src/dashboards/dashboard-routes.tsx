import type { ReactNode } from 'react';
import { AnalysisPage } from '../pages/analysis-page.js';
import { DisaggregationPage } from '../pages/disaggregation-page.js';
import { HeatmapPage } from '../pages/heatmap-page.js';
import { PortfolioPage } from '../pages/portfolio-page.js';
import { RegionPage } from '../pages/region-page.js';
import { match } from '../router.js';

/** The dashboards' pages, or null when the path is none of them. */
export function dashboardRoute(path: string): ReactNode {
  if (path === '/portfolio') return <PortfolioPage />;
  const regions = match('/programmes/:programmeId/regions', path);
  if (regions) return <RegionPage programmeId={regions['programmeId'] ?? ''} />;
  const timeliness = match('/programmes/:programmeId/timeliness', path);
  if (timeliness) return <HeatmapPage programmeId={timeliness['programmeId'] ?? ''} />;
  const breakdowns = match('/programmes/:programmeId/breakdowns', path);
  if (breakdowns) return <DisaggregationPage programmeId={breakdowns['programmeId'] ?? ''} />;
  const analysis = match('/programmes/:programmeId/analysis', path);
  if (analysis) return <AnalysisPage programmeId={analysis['programmeId'] ?? ''} />;
  return null;
}
