import { signedInOnce } from './signed-in-once';

describe('a sign-in shared by everyone asking for one account (Keycloak locks an account signed in several times at once)', () => {
  const jwt = (exp: number) => `h.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.s`;

  it('signs each person in once for requests made at the same time, and again only a minute before the token expires', async () => {
    let clock = 1_000_000_000_000;
    const calls: string[] = [];
    const token = signedInOnce(
      async (tenantId: string, roles: string[], userId?: string) => {
        calls.push(`${tenantId}:${roles.join()}:${userId ?? ''}`);
        return jwt(clock / 1000 + 300);
      },
      { now: () => clock },
    );
    const parallel = await Promise.all(Array.from({ length: 6 }, () => token('awj', ['relations-officer'])));
    expect(new Set(parallel).size).toBe(1);
    await token('awj', ['committee-member'], 'member-1');
    await token('awj', ['committee-member'], 'member-1');
    expect(calls).toEqual(['awj:relations-officer:', 'awj:committee-member:member-1']);
    clock += 239_000;
    await token('awj', ['relations-officer']);
    expect(calls).toHaveLength(2);
    clock += 2_000;
    await token('awj', ['relations-officer']);
    expect(calls).toEqual(['awj:relations-officer:', 'awj:committee-member:member-1', 'awj:relations-officer:']);
  });

  it('tries again after a refused sign-in instead of keeping the refusal', async () => {
    let refuse = true;
    const token = signedInOnce(async (_tenantId: string, _roles: string[]) => {
      if (refuse) throw new Error('Keycloak answered 503');
      return jwt(Date.now() / 1000 + 300);
    });
    await expect(token('awj', ['relations-officer'])).rejects.toThrow('503');
    refuse = false;
    await expect(token('awj', ['relations-officer'])).resolves.toMatch(/^h\./);
  });
});
