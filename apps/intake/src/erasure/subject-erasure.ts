import { Injectable } from '@nestjs/common';
import { streamId, type SubjectDataErasedV1 } from '@athar/contracts';
import { PersonalDataProtector } from '@athar/personal-data';
import { EventWriter, type Cause } from '@athar/service-kit';

/** The stream recording the erasure of one subject outside a case (`inquiry:<id>` → `…inquiry-<id>`). */
export const subjectErasureStream = (tenantId: string, keyId: string): string => streamId('intake', 'personal-data-erasure', tenantId, keyId.replace(':', '-'));

/**
 * Erases personal data held outside a case, under its own data key (docs/adr/0013, amended): an
 * inquiry's contact details or a referral's shared data. The fact is recorded first, with no personal
 * data in it, then the key is destroyed (a tombstone stays). A retry completes a half-done erasure and
 * answers with the first record.
 */
@Injectable()
export class SubjectErasure {
  constructor(
    private readonly writer: EventWriter,
    private readonly personalData: PersonalDataProtector,
  ) {}

  async erase(tenantId: string, keyId: string, cause: Cause, fact: Omit<SubjectDataErasedV1, 'keyId' | 'erasedAt'>): Promise<SubjectDataErasedV1> {
    let erased: SubjectDataErasedV1 = { keyId, ...fact, erasedAt: new Date().toISOString() };
    await this.writer.decideAndAppend(subjectErasureStream(tenantId, keyId), tenantId, cause, (history) => {
      const earlier = history.find((e) => e.type === 'SubjectDataErased');
      if (earlier) {
        erased = earlier.data;
        return [];
      }
      return [{ type: 'SubjectDataErased', version: 1, data: erased }];
    });
    await this.personalData.eraseKey(tenantId, keyId);
    return erased;
  }
}
