import type { Provider, Type } from '@nestjs/common';
import type { BoundedContext } from '@athar/contracts';
import { MessagingOperations } from './dead-letter-operations';
import { OperationsDeadLettersController, OperationsMessagingController, OperationsWorkflowsController } from './operations.controller';
import { OPERATIONS_CONTEXT, OperationsLedger } from './operations-ledger';
import { WorkflowOperations } from './workflow-operations';

/**
 * The operations API (docs/adr/0045), spread into the controllers and providers of one service per
 * instance (committee-review): Temporal visibility, the dead-letter topic and the consumer groups are
 * the instance's, not a service's. Its providers use the service's TemporalRuntime, EventWriter,
 * event store, PostgreSQL pool and metrics registry, so they live in the service's own module.
 */
export const operationsControllers: Type[] = [OperationsWorkflowsController, OperationsDeadLettersController, OperationsMessagingController];

export function operationsProviders(context: BoundedContext): Provider[] {
  return [{ provide: OPERATIONS_CONTEXT, useValue: context }, OperationsLedger, WorkflowOperations, MessagingOperations];
}
