export * from './review-timeline/definitions';
/** Absolute path of the workflow bundle's entry, for Worker.create({ workflowsPath }). */
export const WORKFLOWS_PATH = require.resolve('./workflows');
export * from './eligibility/definitions';
export * from './service-delivery/definitions';
