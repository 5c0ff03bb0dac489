import type { Area } from '../area';
import { DocumentPage } from './document-page';
import { EligibilityPage } from './eligibility-page';
import { InquiriesPage } from './inquiries-page';
import { QueuePage } from './queue-page';

/**
 * The services officer's and social researcher's area: the document verification queue and each document
 * (Tuwaiq 6-2), a case's eligibility with each criterion's reason and the researcher's override (6-1, 6-3),
 * lapsed beneficiaries from the same queue (6-4), and the inquiries the researcher answers.
 */
export const researchArea: Area = {
  id: 'research',
  title: 'area.research',
  path: '/research',
  uses: [
    'eligibility GET /work-queues/{role}',
    'intake GET /applications/{caseId}/documents/{documentId}',
    'eligibility POST /cases/{caseId}/documents/{documentId}/verification',
  ],
  inNavigation: true,
  routes: [
    { path: '/research', element: <QueuePage /> },
    { path: '/research/inquiries', element: <InquiriesPage /> },
    { path: '/research/cases/:caseId', element: <EligibilityPage /> },
    { path: '/research/cases/:caseId/documents/:documentId', element: <DocumentPage /> },
  ],
};
