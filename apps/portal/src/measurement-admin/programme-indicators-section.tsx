import type { IndicatorDto, ProgrammeIndicatorDto } from '@samvirke/contracts';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { ProgrammeIndicatorForm, type Goal } from './programme-indicator-form.js';
import { draftOfTracked, EMPTY_PROGRAMME_INDICATOR } from './programme-indicator-draft.js';
import { TrackedIndicators } from './tracked-indicators.js';
import { useLocalDraft } from './use-local-draft.js';

interface Props {
  readonly programmeId: string;
  readonly programmeName: string;
  readonly tracked: readonly ProgrammeIndicatorDto[];
  readonly addable: readonly IndicatorDto[];
  readonly goals: readonly Goal[];
  readonly onSaved: (message: string) => void;
}

/** The form's draft (kept in the browser) and whether it edits an indicator the programme tracks. */
function useIndicatorDraft(
  programmeId: string,
  tracked: readonly ProgrammeIndicatorDto[],
  onSaved: Props['onSaved'],
) {
  const { t } = useI18n();
  const local = useLocalDraft(`programme-indicator.${programmeId}`, EMPTY_PROGRAMME_INDICATOR);
  const [editing, setEditing] = useState(() => tracked.some((item) => item.code === local.draft.code));
  const reset = (): void => {
    local.discard();
    setEditing(false);
  };
  const saved = (configured: ProgrammeIndicatorDto): void => {
    reset();
    onSaved(
      t(`${configured.code} er gemt for programmet.`, `${configured.code} is saved for the programme.`),
    );
  };
  const edit = (item: ProgrammeIndicatorDto): void => {
    local.discard(draftOfTracked(item));
    setEditing(true);
  };
  return { local, editing, reset, saved, edit };
}

/** The indicators the programme tracks, and the form that adds one or changes its baseline and targets. */
export function ProgrammeIndicatorsSection({
  programmeId,
  programmeName,
  tracked,
  addable,
  goals,
  onSaved,
}: Props) {
  const { t } = useI18n();
  const { local, editing, reset, saved, edit } = useIndicatorDraft(programmeId, tracked, onSaved);
  const notTracked = addable.filter((item) => !tracked.some((done) => done.indicatorId === item.id));
  return (
    <section aria-labelledby="programme-indicators-heading">
      <h2 id="programme-indicators-heading">{t('Programmets indikatorer', "The programme's indicators")}</h2>
      <TrackedOrEmpty programmeName={programmeName} tracked={tracked} onEdit={edit} />
      {notTracked.length === 0 && !editing ? (
        <NothingToAdd />
      ) : (
        <ProgrammeIndicatorForm
          programmeId={programmeId}
          addable={notTracked}
          goals={goals}
          editing={editing}
          draft={local.draft}
          change={local.change}
          onCancel={reset}
          onSaved={saved}
        />
      )}
    </section>
  );
}

function TrackedOrEmpty(props: Parameters<typeof TrackedIndicators>[0]) {
  const { t } = useI18n();
  if (props.tracked.length > 0) return <TrackedIndicators {...props} />;
  return (
    <p>
      {t(
        'Programmet følger ingen indikatorer endnu. Tilføj den første med formularen herunder.',
        'The programme tracks no indicators yet. Add the first with the form below.',
      )}
    </p>
  );
}

/** The empty state of the form: what to do when the library has nothing left to add. */
function NothingToAdd() {
  const { t } = useI18n();
  return (
    <p className="panel">
      {t(
        'Biblioteket har ingen flere gældende indikatorer at tilføje. ',
        'The library has no more current indicators to add. ',
      )}
      <Link href="/indicators">
        {t('Definér en i indikatorbiblioteket', 'Define one in the indicator library')}
      </Link>
    </p>
  );
}
