import 'reflect-metadata';
import { bootstrapService, servicePort } from '@athar/service-kit';
import { PartnerAllocationModule } from './partner-allocation.module';

void bootstrapService(PartnerAllocationModule, {
  serviceName: 'partner-allocation',
  title: 'Athar partner-allocation API',
  description: 'Distributing services to partner associations (توزيع الخدمات على الجمعيات)',
  port: servicePort('partner-allocation'),
});
