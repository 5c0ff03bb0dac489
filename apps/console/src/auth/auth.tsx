import { decodeJwt } from 'jose';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { useNavigate } from 'react-router';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** What the console learns at start from /console-config.json (served by tools/console/serve.ts). */
export interface ConsoleConfig {
  /** The Keycloak realm's issuer, e.g. http://127.0.0.1:18080/realms/athar. */
  authority: string;
  /** The realm's public console client (authorization code + PKCE, docs/adr/0033). */
  clientId: string;
}

export interface Session {
  user: User | null;
  roles: string[];
  tenantId: string | null;
  name: string | null;
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
  accessToken: () => string | undefined;
}

const SessionContext = createContext<Session | null>(null);

export const SIGNIN_CALLBACK = '/signin-callback';

/**
 * The authorization code is exchanged once per page load: an effect run twice (React's StrictMode in
 * development, a remount) would spend the code a second time, get 400 from Keycloak, and sign the person out.
 */
const callbacks = new Map<string, Promise<User>>();
function completeSignIn(manager: UserManager): Promise<User> {
  const redirect = window.location.href;
  let done = callbacks.get(redirect);
  if (!done) {
    done = manager.signinRedirectCallback(redirect);
    callbacks.set(redirect, done);
  }
  return done;
}

function claims(user: User | null): { roles: string[]; tenantId: string | null } {
  if (!user) return { roles: [], tenantId: null };
  const payload = decodeJwt(user.access_token);
  return { roles: Array.isArray(payload.roles) ? (payload.roles as string[]) : [], tenantId: typeof payload.tenant_id === 'string' ? payload.tenant_id : null };
}

/** OIDC sign-in with oidc-client-ts: authorization code with PKCE (S256), tokens kept for the tab only. */
export function SessionProvider({ config, children }: { config: ConsoleConfig; children: ReactNode }) {
  const manager = useMemo(
    () =>
      new UserManager({
        authority: config.authority,
        client_id: config.clientId,
        redirect_uri: `${window.location.origin}${SIGNIN_CALLBACK}`,
        post_logout_redirect_uri: `${window.location.origin}/`,
        response_type: 'code',
        scope: 'openid',
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
        automaticSilentRenew: false,
      }),
    [config],
  );
  const [user, setUser] = useState<User | null>(null);
  const navigate = useNavigate();
  useEffect(() => {
    let live = true;
    const finish = async () => {
      if (window.location.pathname === SIGNIN_CALLBACK) {
        const signedIn = await completeSignIn(manager);
        // through the router, so the screen asked for before sign-in renders (history.replaceState alone does not)
        navigate(typeof signedIn.state === 'string' ? signedIn.state : '/', { replace: true });
        return signedIn;
      }
      return manager.getUser();
    };
    finish()
      .then((found) => live && setUser(found && !found.expired ? found : null))
      .catch(() => live && setUser(null));
    manager.events.addUserLoaded(setUser);
    manager.events.addUserUnloaded(() => setUser(null));
    return () => {
      live = false;
    };
  }, [manager, navigate]);
  const session = useMemo<Session>(() => {
    const { roles, tenantId } = claims(user);
    return {
      user,
      roles,
      tenantId,
      name: (user?.profile.name as string | undefined) ?? user?.profile.preferred_username ?? null,
      signIn: () => manager.signinRedirect({ state: window.location.pathname }),
      signOut: () => manager.signoutRedirect(),
      accessToken: () => user?.access_token,
    };
  }, [user, manager]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
