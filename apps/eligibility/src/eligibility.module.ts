import { Module } from '@nestjs/common';
import { EnginesModule, ServiceKitModule } from '@athar/service-kit';
import { AssessOnSubmissionReactor } from './assessments/assess-on-submission/assess-on-submission.reactor';
import { EligibilityPolicies } from './assessments/policies/eligibility-policies';
import { AssessmentViewProjection } from './assessments/projection/assessment-view.projection';

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'eligibility' }),
    EnginesModule.forRoot({ context: 'eligibility', consumes: ['intake', 'eligibility'] }),
  ],
  providers: [EligibilityPolicies, AssessOnSubmissionReactor, AssessmentViewProjection],
})
export class EligibilityModule {}
