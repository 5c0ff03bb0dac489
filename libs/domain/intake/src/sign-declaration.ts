import { DomainError, type Channel, type DeclarationSignedV1, type FieldProblem } from '@athar/contracts';

/** Channels where the applicant is not in front of staff: the client's details stand in for a witness. */
export const ELECTRONIC_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['website', 'social-media', 'email', 'volunteering', 'help-request-service']);

export interface DeclarationInput {
  accepted: boolean;
  signedName: string;
  declarationVersion: number;
}

export interface SigningContext {
  caseId: string;
  channel: Channel;
  applicantFullName: string;
  currentVersion: number;
  /** The staff member recording the request, when it is made in person, by phone or by letter. */
  staffId: string | null;
  client: { userAgent: string | null; ip: string | null };
  now: Date;
}

const normalise = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * No submission without the declaration (common process step 4): explicit acceptance of the tenant's
 * current text, and the applicant's full name typed as it appears on the request.
 */
export function signDeclaration(input: DeclarationInput | undefined, context: SigningContext): DeclarationSignedV1 {
  const problems: FieldProblem[] = [];
  const reason = (field: string, ar: string, en: string) => problems.push({ field, reasons: [{ ar, en }] });
  if (!input) {
    reason('declaration', 'الإقرار بصحة البيانات مطلوب قبل التقديم', 'the declaration that the data is correct is required');
  } else {
    if (input.accepted !== true) reason('declaration.accepted', 'يجب الموافقة على الإقرار صراحة', 'the declaration must be explicitly accepted');
    if (normalise(input.signedName) !== normalise(context.applicantFullName)) {
      reason('declaration.signedName', 'اكتب اسمك الكامل كما في الطلب', 'type your full name exactly as on the request');
    }
    if (input.declarationVersion !== context.currentVersion) {
      reason('declaration.declarationVersion', 'تغيّر نص الإقرار، يرجى قراءته من جديد', 'the declaration text has changed; please read it again');
    }
  }
  const electronic = ELECTRONIC_CHANNELS.has(context.channel);
  if (!electronic && !context.staffId) {
    reason('channel', 'الطلب الحضوري يسجله موظف ويشهد على الإقرار', 'an in-person request is recorded and witnessed by staff');
  }
  if (problems.length > 0 || !input) {
    throw new DomainError('declaration-required', 'invalid', { ar: 'الإقرار غير مكتمل', en: 'The declaration is incomplete' }, problems);
  }
  return {
    caseId: context.caseId,
    declarationVersion: input.declarationVersion,
    signedName: normalise(input.signedName),
    acceptedAt: context.now.toISOString(),
    channel: context.channel,
    witnessedBy: electronic ? null : context.staffId,
    client: electronic ? context.client : null,
  };
}
