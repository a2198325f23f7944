import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { Roles } from '@samvirke/auth';

/**
 * A POST that only foundation officers and platform admins make (the use case checks which
 * foundation or programme they act for): 201 where it creates, 200 where it decides.
 * `@OfficerPost('programmes/:programmeId/calls', 201)` is `@Post(…) @HttpCode(201) @Roles(…)`.
 */
export function OfficerPost(path: string, status: 200 | 201): MethodDecorator {
  return applyDecorators(Post(path), HttpCode(status), Roles('foundation-officer', 'platform-admin'));
}
