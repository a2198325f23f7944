import { z } from 'zod';
import { pageQuerySchema } from '../pagination.js';
import { cvrSchema, kommunekodeSchema, organisationTypeSchema } from '../shared-schemas.js';

export const registerOrganisationSchema = z
  .object({
    /** Optional: lets an administrator (or the demo loader) keep an id that tokens already carry. */
    id: z.uuid().optional(),
    name: z.string().trim().min(2).max(200),
    type: organisationTypeSchema,
    cvr: cvrSchema.optional(),
    kommunekode: kommunekodeSchema.optional(),
    /** A sub-unit (forvaltning, institution) names the organisation it belongs under. */
    parentOrganisationId: z.uuid().optional(),
    contactEmail: z.email().max(254).optional(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.type === 'municipality' && !value.kommunekode) {
      context.addIssue({
        code: 'custom',
        path: ['kommunekode'],
        message: 'a municipality needs its kommunekode',
      });
    }
    if (value.type !== 'municipality' && value.kommunekode) {
      context.addIssue({
        code: 'custom',
        path: ['kommunekode'],
        message: 'only municipalities have a kommunekode',
      });
    }
  });

export type RegisterOrganisation = z.infer<typeof registerOrganisationSchema>;

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: organisationTypeSchema,
  cvr: z.string().nullable(),
  kommunekode: z.string().nullable(),
  regionCode: z.string().nullable(),
  /** The organisation this one is a sub-unit of (a municipality or one of its forvaltninger). */
  parentOrganisationId: z.uuid().nullable(),
  contactEmail: z.string().nullable(),
  website: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});

export type OrganisationDto = z.infer<typeof organisationSchema>;

export const listOrganisationsQuerySchema = pageQuerySchema.extend({
  type: organisationTypeSchema.optional(),
  kommunekode: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  q: z.string().trim().min(1).max(100).optional(),
  archived: z.enum(['true', 'false']).optional(),
  /** Only the direct sub-units of this organisation. */
  parent: z.uuid().optional(),
});

export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuerySchema>;

export const updateOrganisationSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    cvr: cvrSchema.nullable(),
    contactEmail: z.email().max(254).nullable(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable(),
    archived: z.boolean(),
    /** Moves the organisation under another, or (null) makes it stand on its own. */
    parentOrganisationId: z.uuid().nullable(),
  })
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');

export type UpdateOrganisation = z.infer<typeof updateOrganisationSchema>;
