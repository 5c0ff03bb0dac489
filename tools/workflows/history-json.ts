import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { toProto3JSON } from 'proto3-json-serializer';

/**
 * A history as the proto3 JSON that historyFromJSON reads (the format of the Temporal CLI and web UI).
 * The SDK's historyToJSON throws on payload metadata with the proto3-json-serializer installed here
 * (its own comment: v2.0.2), so bytes are turned into base64 strings before serialising.
 */
export function historyJSON(history: temporal.api.history.v1.IHistory): string {
  const message = temporal.api.history.v1.History.fromObject(history);
  const bytesToBase64 = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
    if (Array.isArray(value)) return value.map(bytesToBase64);
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = bytesToBase64(inner);
    }
    return value;
  };
  bytesToBase64(message);
  return JSON.stringify(toProto3JSON(message as never), null, 1);
}

/** The whole history of a recorded workflow once it has ended (one page: recorded histories are short). */
export async function endedHistory(env: TestWorkflowEnvironment, workflowId: string, name: string): Promise<temporal.api.history.v1.IHistory> {
  const { history } = await env.client.workflowService.getWorkflowExecutionHistory({
    namespace: env.namespace ?? 'default',
    execution: { workflowId },
    maximumPageSize: 1000,
  });
  if (!history) throw new Error(`no history for ${name}`);
  return history;
}
