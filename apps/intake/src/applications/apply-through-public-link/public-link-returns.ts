import { randomUUID } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type Bilingual } from '@athar/contracts';
import { normalizeSaudiMobile, Problems, type ApplicationState, type ChecklistItem } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { EventWriter, requestContext } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { ApplicantMessenger } from '../../notifications/applicant-messenger';
import { loadApplication } from '../application-state';
import { serviceChecklist } from '../requirements';
import { PersonKeys } from '../submit-application/person-keys';
import { answeringRetryAfter, PUBLIC_LINK_STORE, PublicLinkLimits } from './public-link-limits';
import type { PublicLinkStore } from './public-link.store';
import { CASE_NUMBER_FORMAT, newReturnCode, normalizeReturnCode, RETURN_CODE_HEADER, RETURN_CODE_TTL_MS, returnMessage } from './return-code';

/** The one draft a return code opened, and who owns it (the subject bound to the confirmed mobile). */
export interface ReturningApplicant {
  principal: Principal;
  caseId: string;
  caseNumber: string;
  codeExpiresAt: Date;
  state: ApplicationState;
}

/**
 * Every refusal of a return code reads the same, whatever the reason: no such case number here, a
 * wrong or older code, a code of another case or tenant, an expired code, a case already submitted.
 * The caller learns nothing about which; the way forward is the same (ask for a fresh code).
 */
export const RETURN_REFUSED = {
  code: 'return-code-refused',
  message: {
    ar: 'رمز العودة لا يفتح هذا الطلب أو انتهت صلاحيته. اطلب رمزاً جديداً برقم جوالك ورقم الطلب.',
    en: 'This return code does not open this request, or it has expired. Ask for a new one with your mobile number and the request number.',
  },
};

/** The answer to every request for a fresh code, sent or not. */
export const RETURN_ASKED: { status: 'received'; message: Bilingual } = {
  status: 'received',
  message: {
    ar: 'إن كان رقم الجوال هو المؤكَّد لطلب مسودة بهذا الرقم فستصلك رسالة نصية برمز عودة جديد.',
    en: 'If this mobile is the one confirmed for a draft request with this number, a text message with a new return code is on its way.',
  },
};

/**
 * The way back for a public-link applicant whose request was kept as a draft (docs/adr/0026): a return
 * code issued when the draft is opened and sent by SMS with what is missing, kept only as a keyed hash
 * bound to the tenant and case, good for 24 hours and for that one draft until it is submitted; a fresh
 * one is sent to the confirmed mobile on asking with the mobile and the case number.
 */
@Injectable()
export class PublicLinkReturns {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly keys: PersonKeys,
    private readonly limits: PublicLinkLimits,
    private readonly writer: EventWriter,
    private readonly messenger: ApplicantMessenger,
    @Inject(PUBLIC_LINK_STORE) private readonly store: PublicLinkStore,
  ) {}

  /** A draft was just opened through the link: its code, and an SMS to the confirmed mobile saying what is missing. */
  async draftOpened(tenantId: string, caseId: string, caseNumber: string, mobileKey: string, checklist: readonly ChecklistItem[]): Promise<void> {
    await this.issueAndTell(tenantId, caseId, caseNumber, mobileKey, checklist, 'draft');
  }

  /** A fresh code to the confirmed mobile of a draft, when the mobile given is that one; the answer is the same either way. */
  async askAgain(tenantId: string, rawCaseNumber: unknown, rawMobile: unknown, address: string | undefined, response: Response): Promise<typeof RETURN_ASKED> {
    await answeringRetryAfter(response, this.limits.checkReturnAddress(tenantId, address));
    const problems = new Problems();
    const caseNumber = typeof rawCaseNumber === 'string' ? rawCaseNumber.trim().toUpperCase() : '';
    if (!CASE_NUMBER_FORMAT.test(caseNumber))
      problems.add('caseNumber', 'رقم الطلب كما وصل في الرسالة، مثل TWQ-1447-000123', 'the request number as in the text message, e.g. TWQ-1447-000123');
    const mobile = normalizeSaudiMobile(typeof rawMobile === 'string' ? rawMobile : '', 'mobile', problems);
    if (!problems.empty || !mobile) throw new DomainError('validation-failed', 'invalid', { ar: 'تحقق من الحقول', en: 'Check the fields' }, problems.list);
    const mobileKey = this.keys.mobile(mobile);
    // Each fresh code is an SMS: counted against the mobile like the confirmation codes (SMS pumping).
    await answeringRetryAfter(response, this.limits.checkMobile(tenantId, mobileKey));
    const known = await this.store.returnCaseFor(tenantId, caseNumber, mobileKey);
    if (!known) return RETURN_ASKED;
    const owner = this.owner(tenantId, mobileKey);
    const { state } = await loadApplication(this.writer, tenantId, known.caseId, owner);
    if (state.status !== 'draft' || !state.draft) return RETURN_ASKED;
    const items = serviceChecklist(this.tenants.get(tenantId), state.draft.serviceId, state.draft.applicant, state.documents);
    await this.issueAndTell(tenantId, known.caseId, caseNumber, mobileKey, items, 'again');
    return RETURN_ASKED;
  }

  /**
   * The draft a code opens, or 401 RETURN_REFUSED. Malformed input is refused by field first (it says
   * nothing about any case); the per-address limit counts every try.
   */
  async open(
    tenantId: string,
    rawCaseNumber: string | undefined,
    rawCode: string | undefined,
    address: string | undefined,
    response: Response,
  ): Promise<ReturningApplicant> {
    await answeringRetryAfter(response, this.limits.checkReturnAddress(tenantId, address));
    const caseNumber = rawCaseNumber ?? '';
    if (!CASE_NUMBER_FORMAT.test(caseNumber)) {
      throw new DomainError('validation-failed', 'invalid', { ar: 'رقم الطلب غير صالح', en: 'The request number is not valid' }, [
        {
          field: 'caseNumber',
          reasons: [{ ar: 'رقم الطلب كما وصل في الرسالة، مثل TWQ-1447-000123', en: 'the request number as in the text message, e.g. TWQ-1447-000123' }],
        },
      ]);
    }
    const code = normalizeReturnCode(rawCode);
    if (!code) {
      throw new UnauthorizedException({
        ...RETURN_REFUSED,
        fields: [
          {
            field: RETURN_CODE_HEADER,
            reasons: [{ ar: 'رمز العودة من الرسالة النصية، 16 حرفاً ورقماً', en: 'the return code from the text message, 16 letters and digits' }],
          },
        ],
      });
    }
    const grant = await this.store.redeemable(tenantId, caseNumber, (caseId) => this.codeHash(tenantId, caseId, code));
    if (!grant) throw new UnauthorizedException(RETURN_REFUSED);
    const principal = this.owner(tenantId, grant.mobileKey);
    const { state } = await loadApplication(this.writer, tenantId, grant.caseId, principal);
    if (state.status !== 'draft' || !state.draft) throw new UnauthorizedException(RETURN_REFUSED);
    return { principal, caseId: grant.caseId, caseNumber, codeExpiresAt: grant.expiresAt, state };
  }

  /** Once submitted, no code of the case opens anything. */
  spent(tenantId: string, caseNumber: string): Promise<void> {
    return this.store.spendReturnGrant(tenantId, caseNumber);
  }

  private async issueAndTell(
    tenantId: string,
    caseId: string,
    caseNumber: string,
    mobileKey: string,
    checklist: readonly ChecklistItem[],
    kind: 'draft' | 'again',
  ): Promise<void> {
    const code = newReturnCode();
    const expiresAt = new Date(Date.now() + RETURN_CODE_TTL_MS);
    await this.store.saveReturnGrant({
      tenantId,
      caseNumber,
      caseId,
      mobileKey,
      tokenHash: this.codeHash(tenantId, caseId, normalizeReturnCode(code) as string),
      expiresAt,
    });
    const association = this.tenants.get(tenantId).name;
    const missing = checklist.filter((item) => !item.done);
    await this.messenger.tellCase(
      tenantId,
      caseId,
      { correlationId: requestContext.current()?.correlationId ?? randomUUID(), idempotencyKey: `public-link-return:${caseId}:${randomUUID()}` },
      kind === 'draft' ? 'public-link-draft' : 'public-link-return',
      (number) => returnMessage(association, number, missing, code, kind),
    );
  }

  private owner(tenantId: string, mobileKey: string): Principal {
    return { userId: `public:${mobileKey}`, tenantId, roles: ['applicant'] };
  }

  /** Keyed hash over tenant, case and code: a code can only ever match its own case's row. */
  private codeHash(tenantId: string, caseId: string, code: string): string {
    return this.keys.tag('return-code', `${tenantId}:${caseId}:${code}`);
  }
}
