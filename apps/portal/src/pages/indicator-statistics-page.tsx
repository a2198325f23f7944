import {
  DK_REGIONS,
  findMunicipality,
  type IndicatorDto,
  type PopulationStatisticsDto,
  type PopulationStatisticsLoaded,
} from '@samvirke/contracts';
import { useState } from 'react';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { DataTable } from '../components/data-table.js';
import { Choice } from '../dashboards/choice.js';
import { useI18n } from '../i18n/i18n.js';
import { mayRunMeasurement } from '../measurement-admin/measurement-roles.js';
import { StatisticsUpload } from '../measurement-admin/statistics-upload.js';
import { useLoad, usePortal } from '../portal-context.js';

interface Loaded {
  readonly indicator: IndicatorDto;
  readonly statistics: PopulationStatisticsDto['statistics'];
}

/** An indicator's official statistics per municipality: the population its programmes' figures stand in. */
export function IndicatorStatisticsPage({ indicatorId }: { indicatorId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(async (api): Promise<Loaded> => {
    const [indicator, statistics] = await Promise.all([
      api.get<IndicatorDto>(`/measurement/indicators/${indicatorId}`),
      api.get<PopulationStatisticsDto>(`/measurement/indicators/${indicatorId}/statistics`),
    ]);
    return { indicator, statistics: statistics.statistics };
  }, `statistics:${indicatorId}`);
  const name = loaded.state === 'ready' ? t(loaded.data.indicator.nameDa, loaded.data.indicator.nameEn) : '';
  return (
    <Page
      title={t(`Officiel statistik: ${name}`, `Official statistics: ${name}`)}
      crumbs={[
        { href: '/', label: t('Programmer', 'Programmes') },
        { href: '/indicators', label: t('Indikatorbiblioteket', 'Indicator library') },
      ]}
    >
      <p className="lead">
        {t(
          'Tal for hele befolkningen i hver kommune, fx fra Danmarks Statistik. De viser, hvad programmets egne tal står over for, og vises ved siden af dem under Regioner.',
          "Figures for each municipality's whole population, e.g. from Statistics Denmark. They show what the programme's own figures stand against, and appear beside them under Regions.",
        )}
      </p>
      <Await loaded={loaded}>{(data, reload) => <Statistics {...data} reload={reload} />}</Await>
    </Page>
  );
}

function Statistics({ indicator, statistics, reload }: Loaded & { reload: () => void }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const [notice, setNotice] = useState('');
  const loaded = (result: PopulationStatisticsLoaded): void => {
    setNotice(
      t(
        `${result.rows} tal indlæst for ${result.periods.join(', ')}.`,
        `${result.rows} figures loaded for ${result.periods.join(', ')}.`,
      ),
    );
    reload();
  };
  return (
    <>
      <p role="status" className="notice">
        {notice}
      </p>
      {statistics.length === 0 ? (
        <p>
          {t(
            'Der er ingen officiel statistik for indikatoren endnu.',
            'There are no official statistics for the indicator yet.',
          )}
        </p>
      ) : (
        <StatisticsTable indicator={indicator} statistics={statistics} />
      )}
      {mayRunMeasurement(principal) && <StatisticsUpload indicatorId={indicator.id} onLoaded={loaded} />}
    </>
  );
}

function StatisticsTable({ indicator, statistics }: Omit<Loaded, 'reload'>) {
  const { t } = useI18n();
  const periods = [...new Set(statistics.map((row) => row.period))];
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? periods.at(-1) ?? '';
  const rows = statistics
    .filter((row) => row.period === period)
    .map((row) => {
      const municipality = findMunicipality(row.kommunekode);
      const region = DK_REGIONS[municipality?.regionCode ?? ''] ?? '';
      return [municipality?.officialName ?? row.kommunekode, region, row.value, row.source];
    });
  return (
    <>
      <div className="toolbar">
        <Choice
          id="statistics-period"
          label={t('Periode', 'Period')}
          value={period}
          options={periods.map((value) => ({ value, label: value }))}
          onChange={setChosen}
        />
      </div>
      <DataTable
        caption={t(`${indicator.nameDa}, ${period}`, `${indicator.nameEn}, ${period}`)}
        columns={[
          t('Kommune', 'Municipality'),
          t('Region', 'Region'),
          t('Værdi', 'Value'),
          t('Kilde', 'Source'),
        ]}
        rows={rows}
        fileName={`${indicator.code}-${t('statistik', 'statistics')}-${period}`}
      />
    </>
  );
}
