import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'samvirke:isPublic';

/** Opts a route out of authentication. Everything else is guarded by default. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
