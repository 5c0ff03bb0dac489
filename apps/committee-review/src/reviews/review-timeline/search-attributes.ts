import { status as GrpcStatus } from '@grpc/grpc-js';
import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { CASE_ID, DEADLINE, STAGE, TENANT_ID } from '@athar/workflows';

const { INDEXED_VALUE_TYPE_KEYWORD: KEYWORD, INDEXED_VALUE_TYPE_DATETIME: DATETIME } = temporal.api.enums.v1.IndexedValueType;

/**
 * Registers the search attributes operations use to list cases by tenant, stage and deadline
 * (Temporal UI and visibility API). One at a time, an existing one being fine: that works the same on
 * a cluster, on the dev server and on the time-skipping test server (which cannot list them).
 */
export async function ensureReviewSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  const wanted = { [TENANT_ID.name]: KEYWORD, [CASE_ID.name]: KEYWORD, [STAGE.name]: KEYWORD, [DEADLINE.name]: DATETIME };
  for (const [name, type] of Object.entries(wanted)) {
    try {
      await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: { [name]: type } });
    } catch (error) {
      if ((error as { code?: number }).code !== GrpcStatus.ALREADY_EXISTS) throw error;
    }
  }
}
