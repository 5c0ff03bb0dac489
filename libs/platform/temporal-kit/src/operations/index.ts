export * from './operations.module';
export * from './operations.dto';
export * from './operations-scope';
export { filterClauses, riskOf } from './workflow-operations';
