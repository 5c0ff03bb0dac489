import type { Area } from '../area';
import { DeadLettersPage } from './dead-letters-page';
import { MessagingPage } from './messaging-page';
import { WorkflowPage } from './workflow-page';
import { WorkflowsPage } from './workflows-page';

/**
 * The operations area (docs/adr/0045): running workflows with their deadlines and lateness, one
 * workflow's detail and the actions on it (each with a recorded reason), messaging health, and dead
 * letters to redrive or discard. The platform-wide `operations` role sees every association; an
 * association's `tenant-admin` sees its own workflows and dead letters (messaging is platform data).
 */
export const operationsArea: Area = {
  id: 'operations',
  title: 'area.operations',
  path: '/operations',
  uses: ['committee-review GET /ops/workflows', 'committee-review GET /ops/workflows/counts'],
  inNavigation: true,
  routes: [
    { path: '/operations', element: <WorkflowsPage /> },
    { path: '/operations/workflows/*', element: <WorkflowPage /> },
    { path: '/operations/messaging', element: <MessagingPage /> },
    { path: '/operations/dead-letters', element: <DeadLettersPage /> },
  ],
};
