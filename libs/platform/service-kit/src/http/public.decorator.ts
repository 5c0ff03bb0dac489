import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'athar:public';
/** Marks a route that needs no token: health, metrics, API docs. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
