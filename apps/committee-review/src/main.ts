import 'reflect-metadata';
import { bootstrapService, servicePort } from '@athar/service-kit';
import { CommitteeReviewModule } from './committee-review.module';

void bootstrapService(CommitteeReviewModule, {
  serviceName: 'committee-review',
  title: 'Athar committee-review API',
  description: 'The competent committee and its review timeline (لجنة البحث والمدة النظامية للرد)',
  port: servicePort('committee-review'),
});
