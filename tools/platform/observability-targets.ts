// Prints Prometheus' scrape targets for the services `npm start` runs (start.sh passes them to
// infra/observability/observability.sh as ATHAR_SCRAPE_SERVICES; docs/adr/0047).
import { serviceScrapeTargets } from '@athar/launcher';
import { NPM_START_BASE_PORT } from './service-pids';

console.log(serviceScrapeTargets(NPM_START_BASE_PORT));
