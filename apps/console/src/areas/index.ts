import type { Area } from './area';
import { adminArea } from './admin';
import { allocationArea } from './allocation';
import { applicantArea } from './applicant';
import { auditArea } from './audit';
import { committeeArea } from './committee';
import { directorArea } from './director';
import { empowermentArea } from './empowerment';
import { complaintsArea, feedbackPublicArea, oversightArea } from './feedback';
import { partnerArea } from './partner';
import { relationsArea } from './relations';
import { operationsArea } from './operations';
import { mayCall } from './permissions';
import { researchArea } from './research';

/** Every role's area; adding one is a folder under areas/ and a line here. */
export const AREAS: Area[] = [
  applicantArea,
  relationsArea,
  researchArea,
  committeeArea,
  directorArea,
  adminArea,
  partnerArea,
  empowermentArea,
  allocationArea,
  feedbackPublicArea,
  complaintsArea,
  oversightArea,
  auditArea,
  operationsArea,
];

/** The areas this person's roles open (every operation the area uses is allowed to one of the roles). */
export function areasFor(roles: readonly string[]): Area[] {
  return AREAS.filter((area) => area.inNavigation && area.uses.every((operation) => mayCall(operation, roles)));
}
