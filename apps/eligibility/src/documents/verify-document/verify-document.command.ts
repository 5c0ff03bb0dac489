import type { Principal } from '@athar/identity';
import type { VerifyDocumentDto } from './verify-document.dto';

/** The reviewer of the document's role verifies or rejects it (Tuwaiq 6-2). */
export class VerifyDocumentCommand {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly documentId: string,
    readonly body: VerifyDocumentDto,
  ) {}
}
