import type { HealthCheckRoundDto, MembershipDto } from '@samvirke/contracts';
import { QuickForm, type QuickFormProps } from '../governance/quick-form.js';
import { useI18n, type Language } from '../i18n/i18n.js';
import { conditionChoices } from './condition-names.js';

type FormSpec = Omit<QuickFormProps, 'onSent'>;

interface Props {
  readonly programmeId: string;
  readonly members: readonly MembershipDto[];
  readonly rounds: readonly HealthCheckRoundDto[];
  readonly onSent: () => void;
}

interface Context extends Props {
  readonly t: (da: string, en: string) => string;
  readonly language: Language;
  readonly base: string;
}

const roundChoices = (which: readonly HealthCheckRoundDto[]) =>
  which.map((round) => ({ value: round.id, label: round.title }));

/** What the backbone (and funders) do: open and close rounds, record follow-up actions. */
export function HealthCheckForms(props: Props) {
  const { t, language } = useI18n();
  const context: Context = {
    ...props,
    t,
    language,
    base: `/partners/programmes/${props.programmeId}/health-check`,
  };
  return (
    <>
      {[openRoundForm, closeRoundForm, followUpForm].map((make) => {
        const form = make(context);
        return <QuickForm key={form.id} {...form} onSent={props.onSent} />;
      })}
    </>
  );
}

function openRoundForm({ t, base }: Context): FormSpec {
  return {
    id: 'open-round',
    heading: t('Åbn en runde', 'Open a round'),
    submit: t('Åbn runden', 'Open the round'),
    path: () => `${base}/rounds`,
    fields: [
      { name: 'title', label: t('Rundens navn', 'Name of the round'), pointer: '/title', required: true },
      { name: 'opensOn', label: t('Åbner', 'Opens'), pointer: '/opensOn', kind: 'date', required: true },
      {
        name: 'closesOn',
        label: t('Lukker', 'Closes'),
        pointer: '/closesOn',
        kind: 'date',
        required: true,
      },
      {
        name: 'minResponses',
        label: t('Mindst antal svar (valgfrit)', 'Fewest responses (optional)'),
        pointer: '/minResponses',
      },
    ],
    body: (v) => ({
      title: v['title'],
      opensOn: v['opensOn'],
      closesOn: v['closesOn'],
      ...(v['minResponses'] ? { minResponses: Number(v['minResponses']) } : {}),
    }),
  };
}

function closeRoundForm({ t, base, rounds }: Context): FormSpec {
  return {
    id: 'close-round',
    heading: t('Luk en runde', 'Close a round'),
    submit: t('Luk runden', 'Close the round'),
    path: (v) => `${base}/rounds/${v['roundId'] ?? ''}/close`,
    fields: [
      {
        name: 'roundId',
        label: t('Runde', 'Round'),
        pointer: '/roundId',
        required: true,
        options: roundChoices(rounds.filter((round) => round.status !== 'closed')),
      },
    ],
    body: () => ({}),
  };
}

const currentMembers = (members: readonly MembershipDto[]) =>
  members
    .filter((member) => member.leftOn === null)
    .map((member) => ({ value: member.organisationId, label: member.organisationName }));

function followUpForm({ t, language, base, members, rounds }: Context): FormSpec {
  return {
    id: 'follow-up',
    heading: t('Ny opfølgning', 'New follow-up action'),
    submit: t('Gem opfølgningen', 'Save the follow-up action'),
    path: () => `${base}/actions`,
    fields: [
      {
        name: 'condition',
        label: t('Betingelse', 'Condition'),
        pointer: '/condition',
        required: true,
        options: conditionChoices(language),
      },
      {
        name: 'roundId',
        label: t('Efter runden', 'After the round'),
        pointer: '/roundId',
        options: roundChoices(rounds),
      },
      { name: 'text', label: t('Handling', 'Action'), pointer: '/text', kind: 'textarea', required: true },
      {
        name: 'ownerOrganisationId',
        label: t('Ansvarlig organisation', 'Owner organisation'),
        pointer: '/ownerOrganisationId',
        required: true,
        options: currentMembers(members),
      },
      { name: 'ownerName', label: t('Ansvarlig person', 'Owner'), pointer: '/ownerName', required: true },
      { name: 'dueDate', label: t('Frist', 'Due'), pointer: '/dueDate', kind: 'date', required: true },
    ],
    // The values are the fields above, named as the service names them; no round is null.
    body: (v) => ({ ...v, roundId: v['roundId'] || null }),
  };
}
