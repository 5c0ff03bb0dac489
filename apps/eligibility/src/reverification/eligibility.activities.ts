import type { Model } from 'mongoose';
import type { EligibilityLapsedV1, EligibilityPolicyReviewDueV1, EligibilityReconfirmedV1 } from '@athar/contracts';
import { documentsOf, raiseExpiryTask, reviewContinuedEligibility } from '@athar/domain-eligibility';
import type { EventWriter } from '@athar/service-kit';
import type { BeneficiaryPage, EligibilityActivities } from '@athar/workflows';
import type { EligibilityPolicies } from '../assessments/policies/eligibility-policies';
import type { Beneficiary } from '../beneficiaries/beneficiary.schema';
import { assessmentStream, documentsStream, policyStream } from '../eligibility-streams';

/**
 * The eligibility worker's activities. They append events (each caused by the workflow run, so a retry
 * derives the same ids and a round records one result per beneficiary) and read only this service's
 * own read model of beneficiaries to know whom to review.
 */
export function createEligibilityActivities(writer: EventWriter, policies: EligibilityPolicies, beneficiaries: Model<Beneficiary>): EligibilityActivities {
  return {
    async raiseExpiryTask(input) {
      const result = await writer.decideAndAppend(
        documentsStream(input.tenantId, input.caseId),
        input.tenantId,
        { kind: 'timer', workflow: 'documentExpiryWatch', run: `${input.verificationEventId}:expiry` },
        (history) => {
          const task = raiseExpiryTask(documentsOf(history), input.caseId, input.documentId, input.verificationEventId, new Date(input.firedAt));
          return task ? [{ type: 'DocumentVerificationRequested', version: 1, data: task }] : [];
        },
      );
      return result !== null;
    },

    /** Beneficiaries: judged eligible and accepted by the committee (Tuwaiq 6-4 reviews those being served). */
    async reviewBeneficiaries({ tenantId, round, asOf, after, limit }): Promise<BeneficiaryPage> {
      const at = new Date(asOf);
      const page = await beneficiaries
        .find({ tenantId, outcome: 'eligible', accepted: true, ...(after ? { caseId: { $gt: after } } : {}) })
        .sort({ caseId: 1 })
        .limit(limit)
        .lean()
        .exec();
      const version = policies.inForce(tenantId, at);
      let confirmed = 0;
      let lapsed = 0;
      for (const beneficiary of page) {
        const documents = documentsOf((await writer.load(documentsStream(tenantId, beneficiary.caseId))).history);
        const review = await reviewContinuedEligibility(version, beneficiary.serviceId, beneficiary.applicant, documents, at);
        const common = {
          caseId: beneficiary.caseId,
          round,
          eligibilityPolicyVersion: review.eligibilityPolicyVersion,
          criteria: review.criteria,
          inputs: review.inputs,
          reviewedAt: asOf,
        };
        await writer.decideAndAppend(
          assessmentStream(tenantId, beneficiary.caseId),
          tenantId,
          { kind: 'timer', workflow: 'periodicReverification', run: round },
          (history) => {
            if (history.some((e) => (e.data as { round?: string }).round === round)) return []; // this round recorded it already
            return review.lapsed
              ? [{ type: 'EligibilityLapsed', version: 1, data: { ...common, reasons: review.reasons } satisfies EligibilityLapsedV1 }]
              : [{ type: 'EligibilityReconfirmed', version: 1, data: common satisfies EligibilityReconfirmedV1 }];
          },
        );
        if (review.lapsed) lapsed += 1;
        else confirmed += 1;
      }
      return { reviewed: page.length, confirmed, lapsed, next: page.length === limit ? page[page.length - 1].caseId : null };
    },

    async remindPolicyReview({ tenantId, eligibilityPolicyVersion, round, dueAt }) {
      const version = policies.inForce(tenantId, new Date(dueAt));
      if (!version || version.version !== eligibilityPolicyVersion) return; // superseded since the schedule was set
      await writer.decideAndAppend<'EligibilityPolicyReviewDue'>(
        policyStream(tenantId),
        tenantId,
        { kind: 'timer', workflow: 'eligibilityPolicyReview', run: round },
        (history) => {
          if (history.some((e) => e.data.round === round)) return [];
          const due: EligibilityPolicyReviewDueV1 = {
            eligibilityPolicyVersion,
            effectiveFrom: version.effectiveFrom,
            approval: version.approval,
            dueAt,
            round,
          };
          return [{ type: 'EligibilityPolicyReviewDue', version: 1, data: due }];
        },
      );
    },
  };
}
