import type { IndicatorDto, ProgrammeIndicatorDto } from '@samvirke/contracts';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';
import { ProgrammeIndicatorForm } from './programme-indicator-form.js';
import { draftOfTracked, EMPTY_PROGRAMME_INDICATOR } from './programme-indicator-draft.js';
import { TrackedIndicators } from './tracked-indicators.js';
import { useLocalDraft } from './use-local-draft.js';

interface Props {
  readonly programmeId: string;
  readonly tracked: readonly ProgrammeIndicatorDto[];
  readonly addable: readonly IndicatorDto[];
  readonly onSaved: (message: string) => void;
}

/** The indicators the programme tracks, and the form that adds one or changes its baseline and targets. */
export function ProgrammeIndicatorsSection({ programmeId, tracked, addable, onSaved }: Props) {
  const { t } = useI18n();
  const { draft, change, discard } = useLocalDraft(
    `programme-indicator.${programmeId}`,
    EMPTY_PROGRAMME_INDICATOR,
  );
  const [editing, setEditing] = useState(() => tracked.some((item) => item.code === draft.code));
  const notTracked = addable.filter((item) => !tracked.some((done) => done.indicatorId === item.id));
  return (
    <section aria-labelledby="programme-indicators-heading">
      <h2 id="programme-indicators-heading">{t('Programmets indikatorer', "The programme's indicators")}</h2>
      {tracked.length === 0 ? (
        <p>
          {t(
            'Programmet følger ingen indikatorer endnu. Tilføj den første med formularen herunder.',
            'The programme tracks no indicators yet. Add the first with the form below.',
          )}
        </p>
      ) : (
        <TrackedIndicators
          tracked={tracked}
          onEdit={(item) => {
            discard(draftOfTracked(item));
            setEditing(true);
          }}
        />
      )}
      {addable.length === 0 && !editing ? (
        <p className="panel">
          {t(
            'Biblioteket har ingen gældende indikatorer at tilføje. ',
            'The library has no current indicators to add. ',
          )}
          <Link href="/indicators">
            {t('Definér en i indikatorbiblioteket', 'Define one in the indicator library')}
          </Link>
        </p>
      ) : (
        <ProgrammeIndicatorForm
          programmeId={programmeId}
          addable={notTracked}
          editing={editing}
          draft={draft}
          change={change}
          onCancel={() => {
            discard();
            setEditing(false);
          }}
          onSaved={(configured) => {
            discard();
            setEditing(false);
            onSaved(
              t(
                `${configured.code} er gemt for programmet.`,
                `${configured.code} is saved for the programme.`,
              ),
            );
          }}
        />
      )}
    </section>
  );
}
