import { MEMBERSHIP_ROLES, type MembershipRole } from '@samvirke/contracts';
import { FieldError, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { roleName } from '../i18n/terms.js';

/** A member's roles in a programme, as a group of checkboxes with its error under the legend's group. */
export function RoleCheckboxes({
  id,
  legend,
  roles,
  onChange,
  errors,
}: {
  id: string;
  legend: string;
  roles: readonly MembershipRole[];
  onChange: (roles: MembershipRole[]) => void;
  errors: Errors;
}) {
  const i18n = useI18n();
  const toggle = (role: MembershipRole, on: boolean): void =>
    onChange(
      on ? MEMBERSHIP_ROLES.filter((r) => r === role || roles.includes(r)) : roles.filter((r) => r !== role),
    );
  return (
    <fieldset
      aria-describedby={errors['/roles'] ? `${id}-error` : undefined}
      aria-invalid={errors['/roles'] ? true : undefined}
    >
      <legend>{legend}</legend>
      {MEMBERSHIP_ROLES.map((role) => (
        <div className="check" key={role}>
          <input
            id={`${id}-${role}`}
            type="checkbox"
            checked={roles.includes(role)}
            onChange={(e) => toggle(role, e.target.checked)}
          />
          <label htmlFor={`${id}-${role}`}>{roleName(i18n, role)}</label>
        </div>
      ))}
      <FieldError errors={errors} pointer="/roles" id={id} />
    </fieldset>
  );
}
