import { z } from 'zod';
import { FEDERATED_ROLES } from './privilege-roles.js';

/** One row of the privilege table: a privilege URI an organisation's IdP sends → a Samvirke role. */
export const privilegeRoleSchema = z
  .object({
    privilege: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .regex(/^(https?:\/\/[^\s]+|urn:[a-z0-9][a-z0-9-]{0,31}:[^\s]+)$/i, 'an http(s) URL or a URN'),
    role: z.enum(FEDERATED_ROLES, {
      error: `one of ${FEDERATED_ROLES.join(', ')} (an organisation's IdP can never grant platform-admin or integration)`,
    }),
  })
  .strict();

export type PrivilegeRole = z.infer<typeof privilegeRoleSchema>;

/** The whole table, as the platform admin saves it: replaces every row at once. */
export const replacePrivilegeRolesSchema = z
  .object({ entries: z.array(privilegeRoleSchema).max(500) })
  .strict()
  .check(
    // `when`: runs even when an entry is bad in another way, so that every bad field is named at once.
    z.superRefine(
      (value, context) => {
        const entries: unknown = (value as { entries?: unknown }).entries;
        if (!Array.isArray(entries)) return;
        const seen = new Set<string>();
        entries.forEach((entry: unknown, index) => {
          const privilege = (entry as { privilege?: unknown } | null)?.privilege;
          if (typeof privilege !== 'string') return;
          if (seen.has(privilege.trim()))
            context.addIssue({
              code: 'custom',
              path: ['entries', index, 'privilege'],
              message: 'this privilege is already in the table',
            });
          seen.add(privilege.trim());
        });
      },
      { when: () => true },
    ),
  );

export type ReplacePrivilegeRoles = z.infer<typeof replacePrivilegeRolesSchema>;

export const privilegeRolesSchema = z.object({
  entries: z.array(privilegeRoleSchema),
  /** When the rows were last written by an admin (null: the table as the platform started, or empty). */
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});

export type PrivilegeRolesDto = z.infer<typeof privilegeRolesSchema>;
