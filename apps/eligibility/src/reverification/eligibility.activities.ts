import type { Model } from 'mongoose';
import { raiseExpiryTask, recordReview, remindPolicyReview, reviewContinuedEligibility } from '@athar/domain-eligibility';
import { facts, type AggregateCommands, type EventWriter } from '@athar/service-kit';
import type { BeneficiaryPage, EligibilityActivities } from '@athar/workflows';
import type { EligibilityPolicies } from '../assessments/policies/eligibility-policies';
import type { Beneficiary } from '../beneficiaries/beneficiary.schema';
import { assessmentAggregate, assessmentStream, documentsAggregate, documentsStream, foldStream, policyAggregate, policyStream } from '../eligibility-streams';

/**
 * The eligibility worker's activities. They record facts through the one command path (each caused by
 * the workflow run, so a retry derives the same ids and a round records one result per beneficiary)
 * and read only this service's own read model of beneficiaries to know whom to review.
 */
export function createEligibilityActivities(
  commands: AggregateCommands,
  writer: EventWriter,
  policies: EligibilityPolicies,
  beneficiaries: Model<Beneficiary>,
): EligibilityActivities {
  return {
    async raiseExpiryTask(input) {
      const { appended } = await commands.handle(documentsAggregate, {
        streamId: documentsStream(input.tenantId, input.caseId),
        tenantId: input.tenantId,
        cause: { kind: 'timer', workflow: 'documentExpiryWatch', run: `${input.verificationEventId}:expiry` },
        decide: (state) => {
          const task = raiseExpiryTask(state.documents, input.caseId, input.documentId, input.verificationEventId, new Date(input.firedAt));
          return facts(...(task ? [{ type: 'DocumentVerificationRequested' as const, version: 1, data: task }] : []));
        },
      });
      return appended;
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
        const { documents } = await foldStream(writer, documentsAggregate, documentsStream(tenantId, beneficiary.caseId));
        const review = await reviewContinuedEligibility(version, beneficiary.serviceId, beneficiary.applicant, documents, at);
        await commands.handle(assessmentAggregate, {
          streamId: assessmentStream(tenantId, beneficiary.caseId),
          tenantId,
          cause: { kind: 'timer', workflow: 'periodicReverification', run: round },
          decide: (state) => {
            const result = recordReview(state, review, { caseId: beneficiary.caseId, round, reviewedAt: asOf });
            return facts(...(result ? [{ ...result, version: 1 }] : []));
          },
        });
        if (review.lapsed) lapsed += 1;
        else confirmed += 1;
      }
      return { reviewed: page.length, confirmed, lapsed, next: page.length === limit ? page[page.length - 1].caseId : null };
    },

    async remindPolicyReview({ tenantId, eligibilityPolicyVersion, round, dueAt }) {
      const version = policies.inForce(tenantId, new Date(dueAt));
      if (!version || version.version !== eligibilityPolicyVersion) return; // superseded since the schedule was set
      await commands.handle(policyAggregate, {
        streamId: policyStream(tenantId),
        tenantId,
        cause: { kind: 'timer', workflow: 'eligibilityPolicyReview', run: round },
        decide: (state) => {
          const due = remindPolicyReview(state, { eligibilityPolicyVersion, effectiveFrom: version.effectiveFrom, approval: version.approval, dueAt, round });
          return facts(...(due ? [{ type: 'EligibilityPolicyReviewDue' as const, version: 1, data: due }] : []));
        },
      });
    },
  };
}
