/**
 * A sign-in shared by everyone who asks for the same account's token: the token reused until
 * `renewBeforeMs` before it expires, and one sign-in at a time per account, callers asking meanwhile
 * waiting for it. Keycloak 26 with brute-force detection on (the realm's password-guessing defence,
 * provision-realm.ts) locks an account that signs in several times at once (`user_temporarily_disabled`),
 * and a token held past its expiry is answered 401. A refused sign-in is not kept: the next call tries again.
 */
export function signedInOnce<A extends unknown[]>(
  signIn: (...account: A) => Promise<string>,
  options: { renewBeforeMs?: number; now?: () => number } = {},
): (...account: A) => Promise<string> {
  const renewBeforeMs = options.renewBeforeMs ?? 60_000;
  const now = options.now ?? Date.now;
  const held = new Map<string, { token: Promise<string>; renewAt: number }>();
  return (...account) => {
    const key = JSON.stringify(account);
    const current = held.get(key);
    if (current && current.renewAt > now()) return current.token;
    const entry = { token: signIn(...account), renewAt: Number.POSITIVE_INFINITY };
    held.set(key, entry);
    entry.token.then(
      (token) => {
        entry.renewAt = expiresAt(token) - renewBeforeMs;
      },
      () => {
        if (held.get(key) === entry) held.delete(key);
      },
    );
    return entry.token;
  };
}

/** The token's `exp` in milliseconds (0 when it has none: never reused). */
function expiresAt(token: string): number {
  const exp = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: number }).exp;
  return typeof exp === 'number' ? exp * 1000 : 0;
}
