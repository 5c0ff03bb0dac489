import { Injectable } from '@nestjs/common';
import type { BeneficiaryDataErasedV1, ErasureReason } from '@athar/contracts';
import { eraseOnce } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { PersonalDataProtector } from '@athar/personal-data';
import { AggregateCommands } from '@athar/service-kit';
import { applicationStream, caseFileAggregate } from '../documents/case-file';
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
    private readonly commands: AggregateCommands,
    private readonly personalData: PersonalDataProtector,
    private readonly files: DocumentFiles,
  ) {}

  async eraseCase(principal: Principal, caseId: string, reason: ErasureReason): Promise<(BeneficiaryDataErasedV1 & { documentsRemoved: number }) | null> {
    const now = new Date();
    const fresh: BeneficiaryDataErasedV1 = { caseId, reason, erasedBy: principal.userId, erasedAt: now.toISOString() };
    const { result: erased } = await this.commands.handle(caseFileAggregate, {
      streamId: applicationStream(principal.tenantId, caseId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: (state) => {
        if (state.application.status === 'none') return { events: [], result: null };
        const { erased, record } = eraseOnce(state, fresh);
        return { events: record.map((data) => ({ type: 'BeneficiaryDataErased' as const, version: 1 as const, data })), result: erased };
      },
      now,
    });
    if (!erased) return null;
    await this.personalData.erase(principal.tenantId, caseId);
    const documentsRemoved = await this.files.removeCase(principal.tenantId, caseId);
    return { ...erased, documentsRemoved };
  }
}
