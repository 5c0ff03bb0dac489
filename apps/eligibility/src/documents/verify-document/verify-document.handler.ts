import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, type DocumentRejectedV1, type DocumentVerifiedV1 } from '@athar/contracts';
import { decideVerification } from '@athar/domain-eligibility';
import { AggregateCommands } from '@athar/service-kit';
import { documentsAggregate, documentsStream } from '../../eligibility-streams';
import { VerifyDocumentCommand } from './verify-document.command';

/** Records the reviewer's outcome on the case's documents stream: verified or rejected, with method, verifier and reason. */
@CommandHandler(VerifyDocumentCommand)
export class VerifyDocumentHandler implements ICommandHandler<VerifyDocumentCommand, DocumentVerifiedV1 | DocumentRejectedV1> {
  constructor(private readonly commands: AggregateCommands) {}

  async execute({ principal, caseId, documentId, body }: VerifyDocumentCommand): Promise<DocumentVerifiedV1 | DocumentRejectedV1> {
    const { result } = await this.commands.handle(documentsAggregate, {
      streamId: documentsStream(principal.tenantId, caseId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      whenMissing: () => new DomainError('document-not-found', 'not-found', { ar: 'المستند غير موجود', en: 'Document not found' }),
      decide: (state) => {
        const outcome = decideVerification(state.documents, { caseId, documentId, ...body, reviewer: principal }, new Date());
        return {
          events: ['verifiedBy' in outcome ? { type: 'DocumentVerified', version: 1, data: outcome } : { type: 'DocumentRejected', version: 1, data: outcome }],
          result: outcome,
        };
      },
    });
    return result;
  }
}
