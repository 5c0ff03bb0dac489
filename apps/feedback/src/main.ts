import 'reflect-metadata';
import { bootstrapService, servicePort } from '@athar/service-kit';
import { FeedbackModule } from './feedback.module';

void bootstrapService(FeedbackModule, {
  serviceName: 'feedback',
  title: 'Athar feedback API',
  description: 'Surveys, complaints and suggestions (قياس الرضا والشكاوى والمقترحات)',
  port: servicePort('feedback'),
});
