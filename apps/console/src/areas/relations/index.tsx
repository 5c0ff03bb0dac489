import type { Area } from '../area';
import { CasePage } from './case-page';
import { InquiriesPage, InquiryPage } from './inquiries-page';
import { NewRequestPage } from './new-request-page';
import { QueuePage } from './queue-page';
import { ReachPage } from './reach-page';

/**
 * The relations officer's area (common process steps 1-3, 6; Tuwaiq 2-2, 5-3, 6-2): requests recorded from
 * any channel, the queue with a draft's checklist, inquiries to the social researcher, reach figures.
 */
export const relationsArea: Area = {
  id: 'relations',
  title: 'area.relations',
  path: '/relations',
  uses: [
    'intake GET /applications',
    'intake POST /applications',
    'intake GET /applications/{caseId}',
    'intake POST /inquiries',
    'intake GET /inquiries',
    'intake GET /reach',
  ],
  inNavigation: true,
  routes: [
    { path: '/relations', element: <QueuePage /> },
    { path: '/relations/new', element: <NewRequestPage /> },
    { path: '/relations/cases/:caseId', element: <CasePage /> },
    { path: '/relations/inquiries', element: <InquiriesPage /> },
    { path: '/relations/inquiries/:inquiryId', element: <InquiryPage /> },
    { path: '/relations/reach', element: <ReachPage /> },
  ],
};
