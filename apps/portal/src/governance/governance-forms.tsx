import { useI18n } from '../i18n/i18n.js';
import {
  actionItemForm,
  bodyForm,
  decisionForm,
  doneForm,
  meetingForm,
  memberForm,
  type Context,
  type GovernanceFormsProps,
} from './governance-form-specs.js';
import { QuickForm } from './quick-form.js';

export { memberRoles } from './governance-form-specs.js';

/** What the backbone (and funders) write: bodies and their members, meetings, decisions, action items. */
export function GovernanceForms(props: GovernanceFormsProps) {
  const { t } = useI18n();
  const context: Context = {
    ...props,
    t,
    base: `/partners/programmes/${props.programme.id}/governance`,
    organisations: props.members
      .filter((member) => member.leftOn === null)
      .map((member) => ({ value: member.organisationId, label: member.organisationName })),
    goals: props.programme.goals.map((goal) => ({ value: goal.id, label: goal.title })),
    bodyChoices: props.bodies.map((body) => ({ value: body.id, label: body.name })),
  };
  const forms = [bodyForm, memberForm, meetingForm, decisionForm, actionItemForm, doneForm].map((make) =>
    make(context),
  );
  return (
    <>
      {forms.map((form) => (
        <QuickForm key={form.id} {...form} onSent={props.onSent} />
      ))}
    </>
  );
}
