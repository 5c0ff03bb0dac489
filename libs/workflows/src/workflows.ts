// The worker's workflowsPath: every workflow the committee-review worker runs.
export { reviewTimeline } from './review-timeline/review-timeline.workflow';
export { serviceDelivery } from './service-delivery/service-delivery.workflow';
