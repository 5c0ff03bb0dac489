import { Injectable } from '@nestjs/common';
import { streamId, type SubjectDataErasedV1 } from '@athar/contracts';
import { eraseOnce, type ErasureState } from '@athar/domain-intake';
import { PersonalDataProtector } from '@athar/personal-data';
import { AggregateCommands, type Aggregate, type Cause } from '@athar/service-kit';

/** The stream recording the erasure of one subject outside a case (`inquiry:<id>` → `…inquiry-<id>`). */
export const subjectErasureStream = (tenantId: string, keyId: string): string => streamId('intake', 'personal-data-erasure', tenantId, keyId.replace(':', '-'));

/** A subject's erasure stream: the erasure, once recorded. */
export const subjectErasureAggregate: Aggregate<ErasureState<SubjectDataErasedV1>, 'SubjectDataErased'> = {
  initialState: { erased: null },
  evolve: (state, event) => ({ erased: state.erased ?? event.data }),
};

/**
 * Erases personal data held outside a case, under its own data key (docs/adr/0013, amended): an
 * inquiry's contact details or a referral's shared data. The fact is recorded first, with no personal
 * data in it, then the key is destroyed (a tombstone stays). A retry completes a half-done erasure and
 * answers with the first record.
 */
@Injectable()
export class SubjectErasure {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly personalData: PersonalDataProtector,
  ) {}

  async erase(tenantId: string, keyId: string, cause: Cause, fact: Omit<SubjectDataErasedV1, 'keyId' | 'erasedAt'>): Promise<SubjectDataErasedV1> {
    const now = new Date();
    const fresh: SubjectDataErasedV1 = { keyId, ...fact, erasedAt: now.toISOString() };
    const { result: erased } = await this.commands.handle(subjectErasureAggregate, {
      streamId: subjectErasureStream(tenantId, keyId),
      tenantId,
      cause,
      decide: (state) => {
        const { erased, record } = eraseOnce(state, fresh);
        return { events: record.map((data) => ({ type: 'SubjectDataErased' as const, version: 1 as const, data })), result: erased };
      },
      now,
    });
    await this.personalData.eraseKey(tenantId, keyId);
    return erased;
  }
}
