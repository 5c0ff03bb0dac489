import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { IdentityProviderUnavailableError, InvalidTokenError, principalOnRoute, TokenVerifier, type Principal, type Role } from '@athar/identity';
import { TenantRegistry } from '@athar/tenancy';
import type { Request } from 'express';
import { requestContext } from '../request-context';
import { IS_PUBLIC } from './public.decorator';

export const REQUIRED_ROLES = 'athar:roles';
/**
 * The roles allowed on a route (any of them), enforced by AuthGuard and published in the OpenAPI
 * document as `x-athar-roles`, from which the permission matrix (docs/permissions.md) is checked.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension('x-athar-roles', roles));

type AuthedRequest = Request & { principal?: Principal };

const refusal = (code: string, ar: string, en: string) => ({ code, message: { ar, en } });

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly tenants: TenantRegistry,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    // Public routes (the tenants' public links, probes) need no token; RateLimitGuard counts them per address.
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedException(refusal('token-missing', 'رمز الدخول مفقود', 'A bearer token is required'));
    let principal: Principal;
    try {
      principal = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw new UnauthorizedException(refusal('token-invalid', 'رمز الدخول غير صالح', 'The bearer token is not valid'));
      }
      if (error instanceof IdentityProviderUnavailableError) {
        // The token may be valid: say so and let the caller retry, rather than sign them out (docs/adr/0048).
        throw new ServiceUnavailableException(
          refusal(
            'identity-provider-unavailable',
            'تعذّر التحقق من رمز الدخول مؤقتاً، أعد المحاولة بعد قليل',
            'The sign-in service cannot be reached just now; retry shortly',
          ),
        );
      }
      throw error;
    }
    if (!this.tenants.find(principal.tenantId)) {
      throw new UnauthorizedException(refusal('tenant-unknown', 'الجهة غير معروفة', 'The token names no tenant served here'));
    }
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
export const CASE_READERS: Role[] = [
  'relations-officer',
  'social-researcher',
  'services-officer',
  'committee-member',
  'committee-chair',
  'empowerment-team',
  'executive-director',
  'tenant-admin',
  'auditor',
];

/** The authenticated caller of the current request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthedRequest>().principal;
  if (!principal) throw new UnauthorizedException();
  return principal;
});
