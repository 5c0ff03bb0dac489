import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  applicantAttributes,
  assessEligibility,
  combineAssessment,
  evaluateEligibility,
  groupDocumentsCriterion,
  recordAssessment,
  withGroupDocuments,
} from '@athar/domain-eligibility';
import { AggregateCommands, EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { assessmentAggregate, assessmentStream } from '../../eligibility-streams';
import { EligibilityReader } from '../../read/eligibility-reader';
import { EligibilityPolicies } from '../policies/eligibility-policies';

/**
 * Every submitted application is matched against the service's conditions before the committee sees
 * it (Tuwaiq 6-3), under the eligibility policy version in force when it was submitted; each criterion
 * is explained as met or not.
 */
@Injectable()
export class AssessOnSubmissionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly commands: AggregateCommands,
    private readonly streams: EligibilityReader,
    private readonly tenants: TenantRegistry,
    private readonly policies: EligibilityPolicies,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const application = event.data;
      const baseline = assessEligibility(
        application,
        this.tenants.get(event.tenantId).services.map((s) => s.id),
        new Date(),
      );
      const version = this.policies.inForce(event.tenantId, new Date(application.submittedAt));
      let evaluation = version?.services[application.serviceId]
        ? await evaluateEligibility(version, application.serviceId, applicantAttributes(application))
        : null;
      if (evaluation && version) {
        // Documents are attached before submission; their events came first on the same partition (EligibilityReader).
        const documents = await this.streams.caseDocuments(event.tenantId, application.caseId);
        const attached = [...documents.values()].map((d) => d.documentType);
        evaluation = withGroupDocuments(evaluation, groupDocumentsCriterion(version, application.serviceId, attached), attached);
      }
      const assessed = combineAssessment(baseline, evaluation);
      await this.commands.handle(assessmentAggregate, {
        streamId: assessmentStream(event.tenantId, application.caseId),
        tenantId: event.tenantId,
        cause: { kind: 'event', event },
        decide: (state) => {
          const recorded = recordAssessment(state, assessed); // nothing for a redelivered submission
          return { events: recorded ? [{ type: 'EligibilityAssessed', version: 1, data: recorded }] : [], result: undefined };
        },
      });
    });
  }
}
