export * from './impact-report';
