import type { Area } from '../area';
import { AuditCasePage } from './case-page';
import { AuditFindPage } from './find-page';
import { AuditRoundPage } from './round-page';

/**
 * The auditor's area (ADR 0044; Tuwaiq 6-5 and the policies' audit and transparency clauses): a case
 * replayed as the platform knew it at an instant, personal fields shown only for a stated purpose (the
 * read logged), and every decision re-run with "same / differs / cannot reproduce".
 */
export const auditArea: Area = {
  id: 'audit',
  title: 'area.audit',
  path: '/audit',
  uses: ['intake GET /applications', 'intake GET /audit/cases/{caseId}', 'intake GET /audit/cases/{caseId}/decisions'],
  inNavigation: true,
  routes: [
    { path: '/audit', element: <AuditFindPage /> },
    { path: '/audit/cases/:caseId', element: <AuditCasePage /> },
    { path: '/audit/rounds/:roundId', element: <AuditRoundPage /> },
  ],
};
