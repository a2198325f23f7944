import { useState } from 'react';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { mayRunMeasurement } from '../measurement-admin/measurement-roles.js';
import { PeriodsSection } from '../measurement-admin/periods-section.js';
import { ProgrammeIndicatorsSection } from '../measurement-admin/programme-indicators-section.js';
import { loadMeasurementSetup, type MeasurementSetup } from '../measurement-admin/setup-load.js';
import { RulesForm } from '../measurement-admin/rules-form.js';
import { ThresholdForm } from '../measurement-admin/threshold-form.js';
import { ValidationReportSection } from '../measurement-admin/validation-report.js';
import { useLoad, usePortal } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';
import { Link } from '../router.js';

/**
 * A programme's measurement set-up: its indicators with baselines and targets, the small-number
 * threshold, the rules between indicators, its periods (closed, locked and reopened here).
 */
export function MeasurementSetupPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad((api) => loadMeasurementSetup(api, programmeId), `measurement-setup:${programmeId}`);
  const programme = loaded.state === 'ready' ? loaded.data.programme : undefined;
  const heading = programmeHeading(t, t('Måling', 'Measurement'), programme);
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      {mayRunMeasurement(principal) ? (
        <Await loaded={loaded}>
          {(setup, reload) => <SetupView setup={setup} programmeId={programmeId} reload={reload} />}
        </Await>
      ) : (
        <p>
          {t(
            'Kun programmets backbone-koordinatorer og platformsadministratorer opsætter målingen.',
            "Only the programme's backbone coordinators and platform admins set up its measurement.",
          )}
        </p>
      )}
    </Page>
  );
}

function SetupView({
  setup,
  programmeId,
  reload,
}: {
  setup: MeasurementSetup;
  programmeId: string;
  reload: () => void;
}) {
  const [notice, setNotice] = useState('');
  const changed = (message: string): void => {
    setNotice(message);
    reload();
  };
  return (
    <>
      <ProgrammeNav programmeId={programmeId} name={setup.programme.name} />
      <LibraryLead />
      <p role="status" className="notice">
        {notice}
      </p>
      <ProgrammeIndicatorsSection
        programmeId={programmeId}
        programmeName={setup.programme.name}
        tracked={setup.tracked}
        addable={setup.addable}
        goals={setup.programme.goals}
        onSaved={changed}
      />
      <ThresholdForm programmeId={programmeId} settings={setup.settings} />
      <RulesSections setup={setup} programmeId={programmeId} onSaved={changed} />
      <PeriodsSection
        programmeId={programmeId}
        programmeName={setup.programme.name}
        periods={setup.periods}
        onChanged={changed}
      />
    </>
  );
}

/** The rules between indicators and, remounted when they change, the report of them over the history. */
function RulesSections({
  setup,
  programmeId,
  onSaved,
}: {
  setup: MeasurementSetup;
  programmeId: string;
  onSaved: (message: string) => void;
}) {
  return (
    <>
      <RulesForm
        programmeId={programmeId}
        settings={setup.settings}
        tracked={setup.tracked}
        onSaved={onSaved}
      />
      <ValidationReportSection key={JSON.stringify(setup.settings.rules)} programmeId={programmeId} />
    </>
  );
}

/** Where the indicators come from. */
function LibraryLead() {
  const { t } = useI18n();
  return (
    <p className="lead">
      {t('Indikatorerne kommer fra det fælles ', 'Indicators come from the shared ')}
      <Link href="/indicators">{t('indikatorbibliotek', 'indicator library')}</Link>.
    </p>
  );
}
