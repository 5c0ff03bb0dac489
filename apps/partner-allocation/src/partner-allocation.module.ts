import { Module } from '@nestjs/common';
import { EnginesModule, ServiceKitModule } from '@athar/service-kit';
import { RecordDemandOnSubmissionReactor } from './record-demand-on-submission/record-demand-on-submission.reactor';

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'partner-allocation' }),
    EnginesModule.forRoot({ context: 'partner-allocation', consumes: ['intake', 'partner-allocation'] }),
  ],
  providers: [RecordDemandOnSubmissionReactor],
})
export class PartnerAllocationModule {}
