export * from './record-demand';
export * from './agreement';
export * from './allocation';
export * from './requests/saudi-regions';
export * from './requests/partner-request';
export * from './needs-study/needs-study';
export * from './rounds/allocation-round';
export * from './impact-report';
