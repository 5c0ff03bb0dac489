/** The platform's one outbox, as the feedback service sends through it (SMS and email to the applicant). */
export const SURVEY_NOTIFIER = Symbol('SURVEY_NOTIFIER');
