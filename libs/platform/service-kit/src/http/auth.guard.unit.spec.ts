import { ServiceUnavailableException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IdentityProviderUnavailableError, InvalidTokenError, type TokenVerifier } from '@athar/identity';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { AuthGuard, REQUIRED_ROLES } from './auth.guard';

/** What the guard answers when the token cannot be checked, by why (docs/adr/0048). */
describe('AuthGuard', () => {
  const handler = () => undefined;
  Reflect.defineMetadata(REQUIRED_ROLES, ['relations-officer'], handler);
  const context = {
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => ({ headers: { authorization: 'Bearer a.b.c' } }) }),
  } as unknown as ExecutionContext;
  const guardFailingWith = (error: Error) =>
    new AuthGuard(new Reflector(), { verify: () => Promise.reject(error) } as unknown as TokenVerifier, new TenantRegistry(loadTenantPolicies()));

  it('answers 401 token-invalid when the token itself is bad', async () => {
    const refusal = guardFailingWith(new InvalidTokenError('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')).canActivate(context);
    await expect(refusal).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(refusal).rejects.toMatchObject({ response: { code: 'token-invalid' } });
  });

  it('answers 503 identity-provider-unavailable, in Arabic and English, when the key set cannot be fetched', async () => {
    const refusal = guardFailingWith(new IdentityProviderUnavailableError('ERR_JWKS_TIMEOUT')).canActivate(context);
    await expect(refusal).rejects.toBeInstanceOf(ServiceUnavailableException);
    await expect(refusal).rejects.toMatchObject({
      response: { code: 'identity-provider-unavailable', message: { ar: expect.stringContaining('أعد المحاولة'), en: expect.stringContaining('retry') } },
    });
  });
});
