import type { Principal } from '@athar/identity';
import type { UploadedDocument } from '../attach-document';

/** A supporting document attached to an application (Tuwaiq 6-2), as uploaded: checked by the handler. */
export class AttachDocumentCommand {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly file: UploadedDocument | undefined,
    readonly documentType: string | undefined,
  ) {}
}
