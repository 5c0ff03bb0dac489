import type { Area } from '../area';
import { ComplaintPage, ComplaintsQueuePage } from './desk-pages';
import { OversightPage } from './oversight-page';
import { FileComplaintPage, RateComplaintPage, SurveyPage } from './public-pages';

/**
 * The public feedback links, no sign-in (Tuwaiq 2-2, 5-9; docs/adr/0041, 0042): the association's complaint
 * link, rating a resolved complaint with its code, and the survey page the SMS links to
 * (ATHAR_SURVEY_LINK_BASE is this console's /survey).
 */
export const feedbackPublicArea: Area = {
  id: 'feedback-public',
  title: 'area.complaints',
  path: '/feedback',
  uses: ['feedback GET /public/surveys/{token}', 'feedback POST /public/surveys/{token}/answer'],
  inNavigation: false,
  routes: [
    { path: '/feedback/:tenantId', element: <FileComplaintPage /> },
    { path: '/feedback/:tenantId/rating', element: <RateComplaintPage /> },
    { path: '/survey/:token', element: <SurveyPage /> },
  ],
};

/** The complaints desk: the relations officer and the handlers (docs/adr/0042). */
export const complaintsArea: Area = {
  id: 'complaints',
  title: 'area.complaints',
  path: '/complaints',
  uses: ['feedback GET /complaints', 'feedback GET /complaints/{complaintId}'],
  inNavigation: true,
  routes: [
    { path: '/complaints', element: <ComplaintsQueuePage /> },
    { path: '/complaints/:complaintId', element: <ComplaintPage /> },
  ],
};

/** Complaint figures and satisfaction for the executive director and the board (aggregates; staff results to the director only). */
export const oversightArea: Area = {
  id: 'feedback-oversight',
  title: 'area.oversight',
  path: '/feedback-oversight',
  uses: ['feedback GET /complaint-figures', 'feedback GET /satisfaction/dashboard'],
  inNavigation: true,
  routes: [{ path: '/feedback-oversight', element: <OversightPage /> }],
};
