import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Principal } from '@athar/identity';
import { requestContext } from '@athar/service-kit';
import type { Request, Response } from 'express';
import { PublicLinkReturns, type ReturningApplicant } from './public-link-returns';
import { RETURN_CODE_HEADER } from './return-code';

export type ReturningRequest = Request & { principal?: Principal; returning?: ReturningApplicant };

/**
 * The routes back to a public-link draft (docs/adr/0026), after PublicTenantGuard: the return code in
 * X-Athar-Return-Code must open the draft named in the path, in the tenant named in the path. The
 * caller then acts as the draft's owner (the subject of the confirmed mobile), so everything downstream
 * (loadApplication's ownership check, events, idempotency) sees that one applicant and that one case.
 * Runs before the upload is read: a refused caller's file is never parsed.
 */
@Injectable()
export class ReturnCodeGuard implements CanActivate {
  constructor(private readonly returns: PublicLinkReturns) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ReturningRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const header = request.headers[RETURN_CODE_HEADER.toLowerCase()];
    const returning = await this.returns.open(
      String(request.params.tenantId),
      typeof request.params.caseNumber === 'string' ? request.params.caseNumber : undefined,
      typeof header === 'string' ? header : undefined,
      request.ip,
      response,
    );
    request.returning = returning;
    request.principal = returning.principal;
    const ctx = requestContext.current();
    if (ctx) ctx.principal = returning.principal;
    return true;
  }
}
