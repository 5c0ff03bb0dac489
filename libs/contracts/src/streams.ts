import type { BoundedContext } from './topics';

/** `<context>.<aggregate>.<tenantId>.<id>`: the context prefix lets a relay follow only its own streams. */
export function streamId(context: BoundedContext, aggregate: string, tenantId: string, id: string): string {
  return `${context}.${aggregate}.${tenantId}.${id}`;
}
