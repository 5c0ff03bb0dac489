import { streamId, type BeneficiaryDataErasedV1 } from '@athar/contracts';
import { evolveApplication, initialApplicationState, type ApplicationState, type ApplicationStreamEvent } from '@athar/domain-intake';
import type { EventWriter } from '@athar/service-kit';

/** An application's state from its stream, with the revision to expect when appending after it. */
export async function loadApplication(
  writer: EventWriter,
  tenantId: string,
  caseId: string,
): Promise<{ state: ApplicationState; revision: number | 'no_stream'; stream: string; erasedAt: string | null }> {
  const stream = streamId('intake', 'application', tenantId, caseId);
  const { history, revision } = await writer.load(stream);
  const state = (history as unknown as ApplicationStreamEvent[]).reduce(evolveApplication, initialApplicationState);
  const erased = history.find((e) => e.type === 'BeneficiaryDataErased')?.data as BeneficiaryDataErasedV1 | undefined;
  return { state, revision: revision === 'any' ? 'no_stream' : revision, stream, erasedAt: erased?.erasedAt ?? null };
}
