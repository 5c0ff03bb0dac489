import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@athar/identity';
import { requestContext } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import type { Request } from 'express';

/**
 * The public link names its tenant in the path. An unknown tenant answers like any missing page; a
 * known one makes the caller an anonymous applicant of that tenant, so everything downstream
 * (idempotency keys, logs) stays tenant-scoped as for a signed-in user. This anonymous principal owns
 * nothing: a confirmed request becomes a case of the subject bound to its mobile (docs/adr/0024).
 */
@Injectable()
export class PublicTenantGuard implements CanActivate {
  constructor(private readonly tenants: TenantRegistry) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const tenantId = request.params.tenantId;
    if (typeof tenantId !== 'string' || !this.tenants.find(tenantId)) {
      throw new NotFoundException({ code: 'not-found', message: { ar: 'الصفحة غير موجودة', en: 'Not found' } });
    }
    request.principal = { userId: 'public-link', tenantId, roles: ['applicant'] };
    const ctx = requestContext.current();
    if (ctx) {
      ctx.principal = request.principal;
      ctx.tenantId = tenantId;
    }
    return true;
  }
}
