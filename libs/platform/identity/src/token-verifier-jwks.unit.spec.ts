import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey } from 'node:crypto';
import { generateSigningKeyPair, issueToken, type SigningKeyPair } from './token-issuer';
import { IdentityProviderUnavailableError, InvalidTokenError, TokenVerifier, type TokenVerifierConfig } from './token-verifier';

/**
 * The verifier against a loopback identity provider whose JWKS endpoint answers, hangs, fails or is gone
 * (docs/adr/0048): a provider that cannot be reached is not a bad token.
 */
describe('TokenVerifier with a remote key set (docs/adr/0048)', () => {
  let keys: SigningKeyPair;
  let mode: 'serve' | 'hang' | 'error';
  let fetches: number;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    keys = await generateSigningKeyPair();
    const jwk = { ...createPublicKey(keys.publicKeyPem).export({ format: 'jwk' }), alg: 'ES256', use: 'sig' };
    server = createServer((_req, res) => {
      fetches += 1;
      if (mode === 'hang') return; // never answers: the fetch times out
      if (mode === 'error') return void res.writeHead(502).end('bad gateway');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
  });
  beforeEach(() => {
    mode = 'serve';
    fetches = 0;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const verifier = (over: Partial<TokenVerifierConfig> = {}) =>
    new TokenVerifier({ issuer: 'athar-local', audience: 'athar-api', jwksUrl: url, jwksTimeoutMs: 300, ...over });
  const token = () => issueToken(keys.privateKeyPem, { tenantId: 'awj', userId: 'u-1', roles: ['relations-officer'] });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('verifies a token with the key set the provider serves', async () => {
    await expect(verifier().verify(await token())).resolves.toMatchObject({ userId: 'u-1', tenantId: 'awj' });
    expect(fetches).toBe(1);
  });

  it('says the provider is unavailable, not that the token is invalid, when the key set fetch times out', async () => {
    mode = 'hang';
    await expect(verifier().verify(await token())).rejects.toBeInstanceOf(IdentityProviderUnavailableError);
  });

  it('says the provider is unavailable when the key set endpoint answers an error status', async () => {
    mode = 'error';
    await expect(verifier().verify(await token())).rejects.toBeInstanceOf(IdentityProviderUnavailableError);
  });

  it('says the provider is unavailable when nothing listens at its address', async () => {
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const address = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/certs`;
    await new Promise((resolve) => gone.close(resolve));
    await expect(verifier({ jwksUrl: address }).verify(await token())).rejects.toBeInstanceOf(IdentityProviderUnavailableError);
  });

  it('keeps verifying with the last key set fetched while the provider cannot be reached, within the stale limit', async () => {
    const v = verifier({ jwksCacheMaxAgeMs: 50, jwksStaleMaxMs: 60_000 });
    await v.verify(await token());
    mode = 'hang';
    await sleep(80); // the key set is due for a refetch, which now times out
    await expect(v.verify(await token())).resolves.toMatchObject({ userId: 'u-1' });
    expect(fetches).toBe(2);
  });

  it('stops trusting the last key set once it is older than the stale limit', async () => {
    const v = verifier({ jwksCacheMaxAgeMs: 50, jwksStaleMaxMs: 100 });
    await v.verify(await token());
    mode = 'error';
    await sleep(150);
    await expect(v.verify(await token())).rejects.toBeInstanceOf(IdentityProviderUnavailableError);
  });

  it('still refuses a token signed by another key as invalid, even while using the stale key set', async () => {
    const v = verifier({ jwksCacheMaxAgeMs: 50, jwksStaleMaxMs: 60_000 });
    await v.verify(await token());
    mode = 'error';
    await sleep(80);
    const forged = await issueToken((await generateSigningKeyPair()).privateKeyPem, { tenantId: 'awj', userId: 'u-1', roles: ['tenant-admin'] });
    await expect(v.verify(forged)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token signed by another key as invalid while the provider answers', async () => {
    const forged = await issueToken((await generateSigningKeyPair()).privateKeyPem, { tenantId: 'awj', userId: 'u-1', roles: ['tenant-admin'] });
    await expect(verifier().verify(forged)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
