/** Helpers for tests only (`@athar/event-store/testing`): production code never imports this entry. */
export * from './sample-event';
