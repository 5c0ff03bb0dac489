import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { TenantRegistry } from '@athar/tenancy';

/**
 * The public complaint and rating links name their tenant in the path: an unknown tenant, or one whose
 * policy takes no complaints, answers like any missing page. The caller stays without a principal, so
 * the service's throttler counts them per client address (a keyed hash, never stored with the complaint).
 */
@Injectable()
export class PublicComplaintTenantGuard implements CanActivate {
  constructor(private readonly tenants: TenantRegistry) {}

  canActivate(context: ExecutionContext): boolean {
    const tenantId = context.switchToHttp().getRequest<Request>().params.tenantId;
    if (typeof tenantId !== 'string' || !this.tenants.find(tenantId)?.complaints) {
      throw new NotFoundException({ code: 'not-found', message: { ar: 'الصفحة غير موجودة', en: 'Not found' } });
    }
    return true;
  }
}
