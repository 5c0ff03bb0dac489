import 'reflect-metadata';
import { bootstrapService, servicePort } from '@athar/service-kit';
import { EligibilityModule } from './eligibility.module';

void bootstrapService(EligibilityModule, {
  serviceName: 'eligibility',
  title: 'Athar eligibility API',
  description: 'Matching requests against each service conditions (التحقق من الاستحقاق)',
  port: servicePort('eligibility'),
});
