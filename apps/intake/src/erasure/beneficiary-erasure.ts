import { Injectable } from '@nestjs/common';
import type { BeneficiaryDataErasedV1, ErasureReason } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { PersonalDataProtector } from '@athar/personal-data';
import { EventWriter } from '@athar/service-kit';
import { loadApplication } from '../applications/application-state';
import { DocumentFiles } from '../documents/document-files';

/**
 * Erases a beneficiary's personal data in one case (crypto-shredding, docs/adr/0013): the fact is
 * recorded first, with no personal data in it; then the case's data key is destroyed and the document
 * files are deleted. History is not rewritten: every non-personal fact and the hash chain stay as they
 * were. A retry completes it. Null when the tenant holds no such case.
 */
@Injectable()
export class BeneficiaryErasure {
  constructor(
    private readonly writer: EventWriter,
    private readonly personalData: PersonalDataProtector,
    private readonly files: DocumentFiles,
  ) {}

  async eraseCase(principal: Principal, caseId: string, reason: ErasureReason): Promise<(BeneficiaryDataErasedV1 & { documentsRemoved: number }) | null> {
    const { state, stream } = await loadApplication(this.writer, principal.tenantId, caseId);
    if (state.status === 'none') return null;
    let erased: BeneficiaryDataErasedV1 = { caseId, reason, erasedBy: principal.userId, erasedAt: new Date().toISOString() };
    await this.writer.decideAndAppend(stream, principal.tenantId, { kind: 'request', principal, channel: 'system' }, (history) => {
      const earlier = history.find((e) => e.type === 'BeneficiaryDataErased');
      if (earlier) {
        erased = earlier.data;
        return [];
      }
      return [{ type: 'BeneficiaryDataErased', version: 1, data: erased }];
    });
    await this.personalData.erase(principal.tenantId, caseId);
    const documentsRemoved = await this.files.removeCase(principal.tenantId, caseId);
    return { ...erased, documentsRemoved };
  }
}
