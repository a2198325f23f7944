import type { FoundationBoardDto } from '@samvirke/contracts';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { Tabs } from '../components/tabs.js';
import {
  BoardCallsTable,
  BoardDecisionsTable,
  BoardFigures,
  BoardTranchesTable,
} from '../grants/board-tables.js';
import { grantsLinks } from '../grants/grants-load.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';

/**
 * Bestyrelsesoverblik: a foundation's grant pipeline for its grant team and board — its calls with
 * applications by status, requested against available, decisions due and tranches outstanding. An
 * officer sees their own foundation's; a platform admin opens a foundation's by its id.
 */
export function BoardPage({ organisationId }: { organisationId?: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const foundation = organisationId ?? principal.organisations[0] ?? '';
  const loaded = useLoad(
    (api) => api.get<FoundationBoardDto>(`/grants/foundations/${foundation}/board`),
    `board-${foundation}`,
  );
  return (
    <Page title={t('Bestyrelsesoverblik', 'Board overview')}>
      <Tabs label={t('Tilskud', 'Grants')} links={grantsLinks(t, principal)} />
      <Await loaded={loaded}>
        {(board) => (
          <>
            <p className="lead">{board.organisationName}</p>
            <BoardFigures board={board} />
            <section aria-labelledby="board-calls">
              <h2 id="board-calls">{t('Ansøgningsrunder', 'Grant calls')}</h2>
              <BoardCallsTable calls={board.calls} />
            </section>
            <section aria-labelledby="board-decisions">
              <h2 id="board-decisions">{t('Afgørelser', 'Decisions due')}</h2>
              <BoardDecisionsTable decisions={board.decisionsDue} />
            </section>
            <section aria-labelledby="board-tranches">
              <h2 id="board-tranches">{t('Udestående rater', 'Tranches outstanding')}</h2>
              <BoardTranchesTable awards={board.awards} />
            </section>
          </>
        )}
      </Await>
    </Page>
  );
}
