import type { ApiClient } from '../api/client.js';
import { heatmap } from '../dashboards/heatmap.js';
import { HeatmapView } from '../dashboards/heatmap-view.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { loadMembers, loadProgramme } from '../programmes.js';
import { loadLatestSubmissions, loadPeriods } from '../reporting/load.js';
import { ProgrammeSection } from '../components/programme-section.js';

async function loadHeatmap(api: ApiClient, programmeId: string) {
  const [programme, periods, members, submissions] = await Promise.all([
    loadProgramme(api, programmeId),
    loadPeriods(api, programmeId),
    loadMembers(api, programmeId),
    loadLatestSubmissions(api, programmeId),
  ]);
  const providers = members.filter((member) => member.roles.includes('data-provider'));
  const today = new Date().toISOString().slice(0, 10);
  return { programme, map: heatmap(periods, providers, submissions, today) };
}

/** Who reported when: every data provider against every period, on time, late, returned or missing. */
export function HeatmapPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadHeatmap(api, programmeId), `heatmap:${programmeId}`);
  return (
    <ProgrammeSection section={t('Rettidighed', 'Timeliness')} loaded={loaded}>
      {({ programme, map }) => (
        <>
          <p>
            {t(
              'Hver celle viser, hvad der blev af organisationens indberetning for perioden. Backbone-organisationen ser alle dataleverandører; andre ser deres egen organisation.',
              "Each cell shows what became of the organisation's report for the period. The backbone organisation sees every data provider; others see their own organisation.",
            )}
          </p>
          <HeatmapView map={map} programmeId={programme.id} />
        </>
      )}
    </ProgrammeSection>
  );
}
