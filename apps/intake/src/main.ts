import 'reflect-metadata';
import { bootstrapService, servicePort } from '@athar/service-kit';
import { IntakeModule } from './intake.module';

void bootstrapService(IntakeModule, {
  serviceName: 'intake',
  title: 'Athar intake API',
  description: 'Receiving beneficiaries and their requests on every channel (استقبال المستفيدين وطلباتهم)',
  port: servicePort('intake'),
});
