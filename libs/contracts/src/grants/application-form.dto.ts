import { z } from 'zod';

/**
 * A call's own application form: the questions its foundation asks besides the standard fields
 * (title, description, amount, budget). Eligibility questions are single choices answered first; an
 * answer outside the accepted options stops the applicant with the foundation's message.
 */
const questionKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and hyphens, starting with a letter');

/** Numbers in forms and answers: large enough for any count or amount, never 1e300. */
const formNumberSchema = z.number().min(-1e12).max(1e12);

const questionBase = {
  key: questionKeySchema,
  label: z.string().trim().min(1).max(300),
  help: z.string().max(2_000).default(''),
  required: z.boolean().default(false),
};

export const TABLE_COLUMN_TYPES = ['text', 'number'] as const;

const textQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('text'),
    maxWords: z.number().int().min(1).max(20_000).optional(),
  })
  .strict();
const numberQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('number'),
    min: formNumberSchema.optional(),
    max: formNumberSchema.optional(),
    integer: z.boolean().default(false),
  })
  .strict();
const choiceQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('choice'),
    options: z.array(z.string().trim().min(1).max(200)).min(2).max(50),
    multiple: z.boolean().default(false),
    /** Makes it an eligibility question: answered first, any other option stops the applicant. */
    eligibility: z
      .object({
        acceptedOptions: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
        message: z.string().trim().min(3).max(1_000),
      })
      .strict()
      .optional(),
  })
  .strict();
const fileQuestionSchema = z.object({ ...questionBase, type: z.literal('file') }).strict();
const tableQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('table'),
    columns: z
      .array(
        z
          .object({
            key: questionKeySchema,
            label: z.string().trim().min(1).max(200),
            type: z.enum(TABLE_COLUMN_TYPES),
          })
          .strict(),
      )
      .min(1)
      .max(20),
    maxRows: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const formQuestionSchema = z.discriminatedUnion('type', [
  textQuestionSchema,
  numberQuestionSchema,
  choiceQuestionSchema,
  fileQuestionSchema,
  tableQuestionSchema,
]);
export type FormQuestion = z.infer<typeof formQuestionSchema>;
export type FormQuestionType = FormQuestion['type'];

/** The officer's form: its questions in order (the structural checks are in grants' forms rules). */
export const saveApplicationFormSchema = z
  .object({ questions: z.array(formQuestionSchema).max(100) })
  .strict();
export type SaveApplicationForm = z.infer<typeof saveApplicationFormSchema>;

export const applicationFormSchema = z.object({
  callId: z.uuid(),
  /** 0 while the foundation has designed no form: only the standard fields are asked. */
  version: z.number().int().min(0),
  questions: z.array(formQuestionSchema),
  /** Submitted applications answer this version: a change makes the next version. */
  locked: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ApplicationFormDto = z.infer<typeof applicationFormSchema>;

/**
 * One answer: text as a string, a number, a choice as its option(s), a file as the id of a file
 * uploaded to the application, a table as its rows (column key → text or number); null removes it.
 */
export const formAnswerSchema = z.union([
  z.string().max(100_000),
  formNumberSchema,
  z.array(z.string().max(200)).max(50),
  z
    .array(z.record(z.string().max(40), z.union([z.string().max(5_000), formNumberSchema]).nullable()))
    .max(200),
  z.null(),
]);
export type FormAnswer = z.infer<typeof formAnswerSchema>;
export const formAnswersSchema = z.record(z.string().max(40), formAnswerSchema);
export type FormAnswers = z.infer<typeof formAnswersSchema>;

export const ELIGIBILITY_STATUSES = ['not-asked', 'pending', 'eligible', 'ineligible'] as const;
export const applicationEligibilitySchema = z.object({
  status: z.enum(ELIGIBILITY_STATUSES),
  /** The foundation's messages for each eligibility answer that stops the applicant. */
  messages: z.array(z.object({ key: z.string(), message: z.string() })),
});
export type ApplicationEligibility = z.infer<typeof applicationEligibilitySchema>;

/** A file uploaded to an application to answer a file question; the bytes are downloaded apart. */
export const applicationFileSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int().positive(),
  /** Hex SHA-256 of the bytes, checked again on every download. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedAt: z.iso.datetime({ offset: true }),
});
export type ApplicationFileDto = z.infer<typeof applicationFileSchema>;
