import { DomainError, type ProgrammeTermsAcceptedV1 } from '@athar/contracts';

/**
 * Applying through the electronic link is the applicant's wish to benefit and consent to the
 * programme's instructions (Tuwaiq 5-7): the terms shown must be the ones in force, accepted explicitly.
 */
export function acceptProgrammeTerms(
  consent: { accepted: boolean; termsVersion: number },
  currentVersion: number,
  caseId: string,
  client: { userAgent: string | null; ip: string | null },
  now: Date,
): ProgrammeTermsAcceptedV1 {
  if (consent.accepted !== true || consent.termsVersion !== currentVersion) {
    throw new DomainError('terms-not-accepted', 'invalid', { ar: 'يلزم قبول تعليمات البرنامج السارية', en: "The programme's current terms must be accepted" }, [
      {
        field: consent.accepted !== true ? 'consent.accepted' : 'consent.termsVersion',
        reasons: [
          consent.accepted !== true
            ? { ar: 'الموافقة الصريحة مطلوبة', en: 'explicit acceptance is required' }
            : { ar: 'تغيّرت التعليمات، يرجى قراءتها من جديد', en: 'the terms have changed; please read them again' },
        ],
      },
    ]);
  }
  return { caseId, termsVersion: consent.termsVersion, acceptedAt: now.toISOString(), client };
}
