import { z } from 'zod';

/** RFC 9457 problem details, the body of every error the HTTP API returns. */
export const problemFieldErrorSchema = z.object({
  /** JSON pointer into the request body (`/cvr`), or `/rows/<n>/<column>` for CSV uploads. */
  pointer: z.string(),
  detail: z.string(),
});

export const problemDetailsSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  correlationId: z.string().optional(),
  errors: z.array(problemFieldErrorSchema).optional(),
});

export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;
export type ProblemDetails = z.infer<typeof problemDetailsSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
