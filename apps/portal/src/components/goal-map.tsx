import type { GoalMap } from '@samvirke/contracts';
import { DownloadButtons } from '../exports/download-buttons.js';
import { goalMapMembers, goalMapTable } from '../exports/partners-rows.js';
import { useI18n } from '../i18n/i18n.js';
import { TableWrap } from './table-wrap.js';

/** Which members work on which goals, with the number of activities; goals nobody works on stand out. */
export function GoalMapSection({ programmeName, map }: { programmeName: string; map: GoalMap }) {
  const i18n = useI18n();
  const { t } = i18n;
  const columns = goalMapMembers(map);
  return (
    <section aria-labelledby="goal-map">
      <h2 id="goal-map">{t('Mål × aktiviteter', 'Goals × activities')}</h2>
      <p className="muted">
        {t(
          'Hvilke medlemmer arbejder på hvilke mål, med antallet af aktiviteter.',
          'Which members work on which goals, with the number of activities.',
        )}
      </p>
      <TableWrap label={t('Mål og medlemmernes aktiviteter', "Goals and the members' activities")}>
        <table className="goal-map">
          <caption className="visually-hidden">
            {t('Mål og medlemmernes aktiviteter', "Goals and the members' activities")}
          </caption>
          <GoalMapHead columns={columns} />
          <tbody>
            {map.goals.map((goal) => (
              <GoalRow
                key={goal.goalId}
                goal={goal}
                uncovered={map.uncoveredGoalIds.includes(goal.goalId)}
                columns={[...columns.keys()]}
              />
            ))}
          </tbody>
        </table>
      </TableWrap>
      <DownloadButtons
        caption={t('mål og aktiviteter', 'goals and activities')}
        {...goalMapTable(map, i18n)}
        fileName={t(`${programmeName}-mål-og-aktiviteter`, `${programmeName}-goals-and-activities`)}
      />
    </section>
  );
}

function GoalMapHead({ columns }: { columns: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('Mål', 'Goal')}</th>
        {[...columns].map(([orgId, name]) => (
          <th scope="col" key={orgId}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A goal with each member's number of activities on it. */
function GoalRow({
  goal,
  uncovered,
  columns,
}: {
  goal: GoalMap['goals'][number];
  uncovered: boolean;
  columns: string[];
}) {
  const { t } = useI18n();
  return (
    <tr className={uncovered ? 'uncovered' : undefined}>
      <th scope="row">
        {goal.title}
        {uncovered && (
          <span className="badge badge-returned">
            {t('Ingen arbejder på målet', 'Nobody works on this goal')}
          </span>
        )}
      </th>
      {columns.map((orgId) => {
        const count = goal.members.find((member) => member.organisationId === orgId)?.activityIds.length ?? 0;
        return (
          <td key={orgId} className="num">
            {count > 0 ? (
              `✓ ${count}`
            ) : (
              <>
                <span aria-hidden="true">–</span>
                <span className="visually-hidden">{t('ingen', 'none')}</span>
              </>
            )}
          </td>
        );
      })}
    </tr>
  );
}
