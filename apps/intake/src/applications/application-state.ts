import { streamId } from '@athar/contracts';
import { evolveApplication, initialApplicationState, type ApplicationState, type ApplicationStreamEvent } from '@athar/domain-intake';
import type { EventWriter } from '@athar/service-kit';

/** An application's state from its stream, with the revision to expect when appending after it. */
export async function loadApplication(writer: EventWriter, tenantId: string, caseId: string): Promise<{ state: ApplicationState; revision: number | 'no_stream'; stream: string }> {
  const stream = streamId('intake', 'application', tenantId, caseId);
  const { history, revision } = await writer.load(stream);
  const state = (history as unknown as ApplicationStreamEvent[]).reduce(evolveApplication, initialApplicationState);
  return { state, revision: revision === 'any' ? 'no_stream' : revision, stream };
}
