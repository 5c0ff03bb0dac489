import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { InvalidTokenError, principalOnRoute, TokenVerifier, type Principal, type Role } from '@athar/identity';
import { TenantRegistry } from '@athar/tenancy';
import type { Request, Response } from 'express';
import { requestContext } from '../request-context';
import { IS_PUBLIC } from './public.decorator';
import { RateLimiter, rateLimitsFromEnv, type RateLimits } from './rate-limit';

/** The process's request counters and limits (ATHAR_RATE_LIMIT_PER_USER, ATHAR_RATE_LIMIT_PER_TENANT). */
@Injectable()
export class RequestRateLimits {
  readonly limits: RateLimits = rateLimitsFromEnv();
  private readonly limiter = new RateLimiter();

  /** Throws 429 with Retry-After when the caller (or its tenant) is over its limit. */
  check(response: Response, checks: ReadonlyArray<{ key: string; limit: number }>): void {
    const verdict = this.limiter.take(checks);
    if (verdict.allowed) return;
    response.setHeader('Retry-After', String(verdict.retryAfterSeconds));
    throw new HttpException(
      { code: 'rate-limited', message: { ar: `طلبات كثيرة، أعد المحاولة بعد ${verdict.retryAfterSeconds} ثانية`, en: `Too many requests; retry in ${verdict.retryAfterSeconds} s` } },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

export const REQUIRED_ROLES = 'athar:roles';
/**
 * The roles allowed on a route (any of them), enforced by AuthGuard and published in the OpenAPI
 * document as `x-athar-roles`, from which the permission matrix (docs/permissions.md) is checked.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension('x-athar-roles', roles));

type AuthedRequest = Request & { principal?: Principal };

const refusal = (code: string, ar: string, en: string) => ({ code, message: { ar, en } });

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly tenants: TenantRegistry,
    private readonly rates: RequestRateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      // The tenants' public links are limited per client address; probes (health, metrics) are not.
      if (!/^\/(health|metrics)(\/|$)/.test(request.path)) {
        this.rates.check(response, [{ key: `ip:${request.ip ?? 'unknown'}`, limit: this.rates.limits.perUser }]);
      }
      return true;
    }
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedException(refusal('token-missing', 'رمز الدخول مفقود', 'A bearer token is required'));
    let principal: Principal;
    try {
      principal = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw new UnauthorizedException(refusal('token-invalid', 'رمز الدخول غير صالح', 'The bearer token is not valid'));
      }
      throw error;
    }
    if (!this.tenants.find(principal.tenantId)) {
      throw new UnauthorizedException(refusal('tenant-unknown', 'الجهة غير معروفة', 'The token names no tenant served here'));
    }
    this.rates.check(response, [
      { key: `user:${principal.tenantId}:${principal.userId}`, limit: this.rates.limits.perUser },
      { key: `tenant:${principal.tenantId}`, limit: this.rates.limits.perTenant },
    ]);
    // Fails closed: a route that declares no roles admits no one (docs/permissions.md).
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets) ?? [];
    if (!required.some((role) => principal.roles.includes(role))) {
      throw new ForbiddenException(refusal('role-forbidden', 'لا تملك صلاحية هذا الإجراء', 'Your role may not do this'));
    }
    // The caller acts here only in the roles this route admits: another role in the same token (say
    // board-member beside applicant) neither widens what they see nor names them in the events.
    request.principal = principalOnRoute(principal, required);
    const ctx = requestContext.current();
    if (ctx) {
      ctx.principal = request.principal;
      ctx.tenantId = principal.tenantId;
    }
    return true;
  }
}

/** Who may read a case's views and status in any service (applicants read their own application through intake). */
export const CASE_READERS: Role[] = ['relations-officer', 'social-researcher', 'services-officer', 'committee-member', 'committee-chair', 'empowerment-team', 'executive-director', 'tenant-admin', 'auditor'];

/** The authenticated caller of the current request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthedRequest>().principal;
  if (!principal) throw new UnauthorizedException();
  return principal;
});
