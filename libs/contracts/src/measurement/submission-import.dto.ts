import { z } from 'zod';
import { returnSubmissionSchema, saveSubmissionSchema } from './submission.dto.js';

/** One version of a report made before the programme came onto Samvirke, with when it happened. */
export const importedVersionSchema = z
  .object({
    values: saveSubmissionSchema.shape.values,
    submittedAt: z.iso.datetime({ offset: true }),
    decision: z.enum(['approved', 'returned']),
    decidedAt: z.iso.datetime({ offset: true }),
    /** Why it was returned; only a returned version has one. */
    comment: returnSubmissionSchema.shape.comment.optional(),
  })
  .strict();

/**
 * An organisation's report for a past period as it went: every version but the last was returned
 * with a comment, the last was approved; each submitted after the one before was decided.
 */
export const importSubmissionSchema = z
  .object({ versions: z.array(importedVersionSchema).min(1).max(20) })
  .strict()
  .superRefine(({ versions }, context) => {
    let previous = '';
    versions.forEach((version, index) => {
      const at = (field: string) => ['versions', index, field];
      const last = index === versions.length - 1;
      if (version.decision !== (last ? 'approved' : 'returned'))
        context.addIssue({
          code: 'custom',
          path: at('decision'),
          message: last ? 'the last version is the approved one' : 'only the last version is approved',
        });
      if (version.decision === 'returned' && !version.comment)
        context.addIssue({ code: 'custom', path: at('comment'), message: 'a return says why' });
      if (version.decision === 'approved' && version.comment)
        context.addIssue({ code: 'custom', path: at('comment'), message: 'only a return has a comment' });
      const submitted = Date.parse(version.submittedAt);
      if (previous && submitted < Date.parse(previous))
        context.addIssue({
          code: 'custom',
          path: at('submittedAt'),
          message: 'before the previous decision',
        });
      if (Date.parse(version.decidedAt) < submitted)
        context.addIssue({ code: 'custom', path: at('decidedAt'), message: 'before it was submitted' });
      previous = version.decidedAt;
    });
  });

export type ImportSubmission = z.infer<typeof importSubmissionSchema>;
export type ImportedVersion = z.infer<typeof importedVersionSchema>;
