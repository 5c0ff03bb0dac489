import type { Type } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';

const paramTypes = (type: Type): unknown[] => (Reflect.getMetadata('design:paramtypes', type) as unknown[] | undefined) ?? [];

/** What each controller takes besides the buses, as `Controller takes Dependency` (docs/adr/0035: controllers only parse HTTP). */
export function controllerDependenciesOtherThanBuses(controllers: readonly Type[]): string[] {
  return controllers.flatMap((controller) =>
    paramTypes(controller)
      .filter((type) => type !== QueryBus && type !== CommandBus)
      .map((type) => `${controller.name} takes ${(type as { name?: string }).name ?? String(type)}`),
  );
}

/** The names of a module's class providers whose constructor takes `dependency`. */
export function providersTaking(module: Type, dependency: unknown): string[] {
  const providers = ((Reflect.getMetadata('providers', module) as Type[] | undefined) ?? []).filter((p) => typeof p === 'function');
  return providers.filter((provider) => paramTypes(provider).includes(dependency)).map((provider) => provider.name);
}
