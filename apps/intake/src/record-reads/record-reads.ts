import { Injectable } from '@nestjs/common';
import { streamId, type BeneficiaryRecordReadV1, type ReadPurpose } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { EventWriter } from '@athar/service-kit';
import { RevocationCheck } from '../staff/revocation/revocation-check';

export const recordReadsStream = (tenantId: string, caseId: string): string => streamId('intake', 'record-reads', tenantId, caseId);

/**
 * The read-access log: every read of a beneficiary's record is an event in the case's own
 * record-reads stream (apart from the application stream, so reading never changes its revision).
 */
@Injectable()
export class RecordReads {
  constructor(
    private readonly writer: EventWriter,
    private readonly revocation: RevocationCheck,
  ) {}

  async record(
    principal: Principal,
    caseId: string,
    resource: BeneficiaryRecordReadV1['resource'],
    purpose: ReadPurpose,
    documentId: string | null = null,
  ): Promise<void> {
    // a deactivated account's still-valid token reads no personal data (docs/adr/0034)
    await this.revocation.assertActive(principal);
    const read: BeneficiaryRecordReadV1 = {
      caseId,
      readBy: principal.userId,
      role: principal.roles[0],
      purpose,
      resource,
      documentId,
      readAt: new Date().toISOString(),
    };
    await this.writer.append(
      recordReadsStream(principal.tenantId, caseId),
      principal.tenantId,
      { kind: 'request', principal, channel: 'system' },
      [{ type: 'BeneficiaryRecordRead', version: 1, data: read }],
      'any',
    );
  }

  async list(tenantId: string, caseId: string): Promise<BeneficiaryRecordReadV1[]> {
    const { history } = await this.writer.load(recordReadsStream(tenantId, caseId));
    return history.filter((e) => e.type === 'BeneficiaryRecordRead').map((e) => e.data);
  }
}
