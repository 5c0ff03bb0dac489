import { ForbiddenException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { principalOnRoute, type Principal, type Role } from '@athar/identity';

/** Who may use the operations API (docs/adr/0045): operations platform-wide, a tenant's admin on its own tenant only. */
export const OPERATIONS_ROLES: readonly Role[] = ['operations', 'tenant-admin'];

/**
 * The tenant a caller looks at: operations any (or every: null), a tenant admin only its own.
 * A tenant admin naming another tenant is refused (403) without saying whether it has anything.
 * `roles`: the route's roles when it admits more tenant roles than the operations API's (process mining also admits the executive director).
 */
export function tenantScope(principal: Principal, requested: string | undefined, roles: readonly Role[] = OPERATIONS_ROLES): string | null {
  const onRoute = principalOnRoute(principal, roles);
  if (onRoute.roles.includes('operations')) return requested ?? null;
  if (requested !== undefined && requested !== principal.tenantId)
    throw new ForbiddenException({
      code: 'tenant-out-of-scope',
      message: { ar: 'لا يُسمح إلا ببيانات جمعيتك', en: "Only your own association's records" },
    });
  return principal.tenantId;
}

export const workflowNotFound = (): NotFoundException =>
  new NotFoundException({ code: 'workflow-not-found', message: { ar: 'سير العمل غير موجود', en: 'Workflow not found' } });

export const deadLetterNotFound = (ids: string[]): NotFoundException =>
  new NotFoundException({
    code: 'dead-letter-not-found',
    message: { ar: 'الرسالة المتعذرة غير موجودة', en: 'Dead letter not found' },
    fields: [{ field: 'ids', reasons: [{ ar: `غير موجودة: ${ids.join(', ')}`, en: `not found: ${ids.join(', ')}` }] }],
  });

export const badCursor = (): UnprocessableEntityException =>
  new UnprocessableEntityException({
    code: 'validation-failed',
    message: { ar: 'البيانات المرسلة غير صحيحة', en: 'The request has invalid fields' },
    fields: [{ field: 'cursor', reasons: [{ ar: 'مؤشر الصفحة غير صالح لهذه المرشحات', en: 'is not a cursor of this list with these filters' }] }],
  });

/** No pending activity of that id in the workflow's current run (finished, never scheduled, or a wrong id). */
export const activityNotPending = (): NotFoundException =>
  new NotFoundException({
    code: 'activity-not-pending',
    message: { ar: 'لا يوجد نشاط معلّق بهذا المعرّف في سير العمل', en: 'No pending activity with this id in the workflow' },
    fields: [{ field: 'activityId', reasons: [{ ar: 'ليس نشاطًا معلّقًا في التشغيل الحالي', en: 'is not a pending activity of the current run' }] }],
  });
