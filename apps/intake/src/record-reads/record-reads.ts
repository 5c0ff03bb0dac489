import { Injectable } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { streamId, type BeneficiaryRecordReadV1, type ReadPurpose } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { AggregateCommands, EventWriter, facts, type Aggregate } from '@athar/service-kit';
import { RevocationCheck } from '../staff/revocation/revocation-check';

export const recordReadsStream = (tenantId: string, caseId: string): string => streamId('intake', 'record-reads', tenantId, caseId);

/** A case's read log: every read appended, none refused (Tuwaiq 5-4, 6-5); the log keeps no state a read depends on. */
export const recordReadsAggregate: Aggregate<null, 'BeneficiaryRecordRead'> = { initialState: null, evolve: () => null };

/**
 * The read-access log: every read of a beneficiary's record is an event in the case's own
 * record-reads stream (apart from the application stream, so reading never changes its revision),
 * appended through the one command path by the routes that show a record.
 */
@Injectable()
export class RecordReads {
  constructor(
    private readonly commands: AggregateCommands,
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
    const now = new Date();
    const read: BeneficiaryRecordReadV1 = {
      caseId,
      readBy: principal.userId,
      role: principal.roles[0],
      purpose,
      resource,
      documentId,
      readAt: now.toISOString(),
    };
    await this.commands.handle(recordReadsAggregate, {
      streamId: recordReadsStream(principal.tenantId, caseId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: () => facts({ type: 'BeneficiaryRecordRead', version: 1, data: read }),
      now,
    });
  }
}

/** Every read of a case's beneficiary record, from its read log. */
export class RecordReadsQuery {
  constructor(
    readonly tenantId: string,
    readonly caseId: string,
  ) {}
}

@QueryHandler(RecordReadsQuery)
export class RecordReadsQueryHandler implements IQueryHandler<RecordReadsQuery, BeneficiaryRecordReadV1[]> {
  constructor(private readonly writer: EventWriter) {}

  async execute({ tenantId, caseId }: RecordReadsQuery): Promise<BeneficiaryRecordReadV1[]> {
    const { history } = await this.writer.load<'BeneficiaryRecordRead'>(recordReadsStream(tenantId, caseId));
    return history.filter((e) => e.type === 'BeneficiaryRecordRead').map((e) => e.data);
  }
}
