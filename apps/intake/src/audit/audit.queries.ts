import { NotFoundException } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DomainError, streamId, type EligibilityAssessedV1 } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { AuditReader } from './audit-reader';
import { caseStreamIds, replayCase, type CaseReplay } from './case-replay';
import { reproduceAllocations, reproduceAssessment, reproduceCommitteeDecisions, type DecisionCheck } from './decision-reproduction';

/** The earliest instant a replay may ask for: before it the platform kept no record (ADR 0044). */
export const EARLIEST_AS_OF = new Date('2020-01-01T00:00:00Z');
/** The least an auditor writes to state why personal data is shown. */
export const PURPOSE_MIN_LENGTH = 10;

const caseNotFound = () => new NotFoundException({ code: 'case-not-found', message: { ar: 'الحالة غير موجودة', en: 'Case not found' } });
const roundNotFound = () =>
  new NotFoundException({ code: 'allocation-round-not-found', message: { ar: 'جولة التوزيع غير موجودة', en: 'The allocation round was not found' } });

/** The instant asked for, refused (422, field asOf) when in the future or before the platform's records. */
export function parseAsOf(asOf: string | undefined, now: Date): Date {
  if (asOf === undefined) return now;
  const at = new Date(asOf);
  const refuse = (ar: string, en: string): never => {
    throw new DomainError('validation-failed', 'invalid', { ar: 'البيانات المرسلة غير صحيحة', en: 'The request has invalid fields' }, [
      { field: 'asOf', reasons: [{ ar, en }] },
    ]);
  };
  if (Number.isNaN(at.getTime())) refuse('يجب أن يكون تاريخاً ووقتاً بصيغة ISO 8601', 'must be an ISO 8601 date and time');
  if (at.getTime() > now.getTime()) refuse('لا يُطلب وضع الحالة في وقت لم يأتِ بعد', 'is in the future: a replay shows what was known, not what will be');
  if (at.getTime() < EARLIEST_AS_OF.getTime())
    refuse(`قبل بدء سجلات المنصة (${EARLIEST_AS_OF.toISOString()})`, `is before the platform kept records (${EARLIEST_AS_OF.toISOString()})`);
  return at;
}

/** A stated purpose: at least PURPOSE_MIN_LENGTH characters that are not spaces; absent means redacted. */
export function parsePurpose(purpose: string | undefined): string | null {
  if (purpose === undefined) return null;
  if (purpose.trim().length < PURPOSE_MIN_LENGTH)
    throw new DomainError('validation-failed', 'invalid', { ar: 'البيانات المرسلة غير صحيحة', en: 'The request has invalid fields' }, [
      {
        field: 'purpose',
        reasons: [
          {
            ar: `اذكر الغرض من الاطلاع على البيانات الشخصية في ${PURPOSE_MIN_LENGTH} أحرف على الأقل`,
            en: `state why personal data is shown, in at least ${PURPOSE_MIN_LENGTH} characters`,
          },
        ],
      },
    ]);
  return purpose.trim();
}

export class CaseReplayQuery extends Query<CaseReplay> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly asOf: Date,
    readonly purpose: string | null,
  ) {
    super();
  }
}

@QueryHandler(CaseReplayQuery)
export class CaseReplayHandler implements IQueryHandler<CaseReplayQuery, CaseReplay> {
  constructor(private readonly reader: AuditReader) {}

  async execute({ principal, caseId, asOf, purpose }: CaseReplayQuery): Promise<CaseReplay> {
    const events = await this.reader.read(caseStreamIds(principal.tenantId, caseId), purpose !== null);
    // Another tenant's case, and a case id never registered, answer alike (and leave no log).
    if (!events.some((e) => e.streamId === streamId('intake', 'application', principal.tenantId, caseId))) throw caseNotFound();
    const replay = replayCase(principal.tenantId, caseId, events, asOf);
    await this.reader.log(principal, {
      subject: 'case',
      subjectId: caseId,
      view: 'replay',
      asOf: asOf.toISOString(),
      personalData: purpose !== null,
      statedPurpose: purpose,
    });
    return replay;
  }
}

export interface DecisionsReport {
  subject: 'case' | 'round';
  subjectId: string;
  decisions: DecisionCheck[];
  /** How many are same, differ, or cannot be reproduced. */
  summary: { same: number; differs: number; cannotReproduce: number };
}

const report = (subject: DecisionsReport['subject'], subjectId: string, decisions: DecisionCheck[]): DecisionsReport => ({
  subject,
  subjectId,
  decisions,
  summary: {
    same: decisions.filter((d) => d.verdict === 'same').length,
    differs: decisions.filter((d) => d.verdict === 'differs').length,
    cannotReproduce: decisions.filter((d) => d.verdict === 'cannot-reproduce').length,
  },
});

export class CaseDecisionsQuery extends Query<DecisionsReport> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}

@QueryHandler(CaseDecisionsQuery)
export class CaseDecisionsHandler implements IQueryHandler<CaseDecisionsQuery, DecisionsReport> {
  constructor(private readonly reader: AuditReader) {}

  async execute({ principal, caseId }: CaseDecisionsQuery): Promise<DecisionsReport> {
    // Decisions are re-run on their recorded inputs, which hold no personal field: nothing is opened.
    const events = await this.reader.read(caseStreamIds(principal.tenantId, caseId), false);
    if (!events.some((e) => e.streamId === streamId('intake', 'application', principal.tenantId, caseId))) throw caseNotFound();
    const rules = this.reader.rules(principal.tenantId);
    const of = (context: 'eligibility' | 'committee-review', aggregate: string) =>
      events.filter((e) => e.streamId === streamId(context, aggregate, principal.tenantId, caseId));
    const assessments = of('eligibility', 'assessment').filter((e) => e.type === 'EligibilityAssessed');
    const casePolicy =
      (assessments[0]?.data as EligibilityAssessedV1 | undefined)?.policyVersion ??
      (events.find((e) => e.type === 'ApplicationSubmitted')?.data as { policyVersion?: number } | undefined)?.policyVersion ??
      null;
    const decisions = [
      ...(await Promise.all(assessments.map((e) => reproduceAssessment(e, rules)))),
      ...reproduceCommitteeDecisions(of('committee-review', 'review'), rules, casePolicy),
    ];
    await this.reader.log(principal, { subject: 'case', subjectId: caseId, view: 'decisions', asOf: null, personalData: false, statedPurpose: null });
    return report('case', caseId, decisions);
  }
}

export class RoundDecisionsQuery extends Query<DecisionsReport> {
  constructor(
    readonly principal: Principal,
    readonly roundId: string,
  ) {
    super();
  }
}

@QueryHandler(RoundDecisionsQuery)
export class RoundDecisionsHandler implements IQueryHandler<RoundDecisionsQuery, DecisionsReport> {
  constructor(private readonly reader: AuditReader) {}

  async execute({ principal, roundId }: RoundDecisionsQuery): Promise<DecisionsReport> {
    const events = await this.reader.read([streamId('partner-allocation', 'allocation-round', principal.tenantId, roundId)], false);
    if (events.length === 0) throw roundNotFound();
    const decisions = reproduceAllocations(events, this.reader.rules(principal.tenantId));
    await this.reader.log(principal, { subject: 'round', subjectId: roundId, view: 'decisions', asOf: null, personalData: false, statedPurpose: null });
    return report('round', roundId, decisions);
  }
}
