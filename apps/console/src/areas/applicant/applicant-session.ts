import { useEffect, useMemo, useState } from 'react';
import { apiClients, unwrap, type ApiClients } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { useLocale } from '../../i18n/locale';

type Tokens = components['schemas']['SignInTokensDto'];
interface Stored {
  accessToken: string;
  refreshToken: string;
  /** ms since the epoch when the access token runs out */
  expiresAt: number;
}

/** The tab's own store: an applicant's session is not the staff's Keycloak session and never outlives the tab. */
const key = (tenantId: string) => `athar.applicant.${tenantId}`;
const read = (tenantId: string): Stored | null => {
  const raw = window.sessionStorage.getItem(key(tenantId));
  return raw ? (JSON.parse(raw) as Stored) : null;
};

export interface ApplicantSession {
  signedIn: boolean;
  /** Typed clients sending the applicant's own token (not the staff session's). */
  api: ApiClients;
  accessToken: () => string | undefined;
  keep: (tokens: Tokens) => void;
  signOut: () => void;
}

/**
 * The applicant signed in by the code texted to their mobile (intake's POST /public/{tenantId}/sign-in,
 * /verify; docs/adr/0034): the tokens stay in the tab's session storage, and the access token (5 minutes)
 * is renewed through /sign-in/refresh shortly before it runs out.
 */
export function useApplicantSession(tenantId: string): ApplicantSession {
  const { language } = useLocale();
  const [stored, setStored] = useState<Stored | null>(() => read(tenantId));
  const keep = (tokens: Tokens) => {
    const next = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: Date.now() + tokens.expiresIn * 1000 };
    window.sessionStorage.setItem(key(tenantId), JSON.stringify(next));
    setStored(next);
  };
  const signOut = () => {
    window.sessionStorage.removeItem(key(tenantId));
    setStored(null);
  };
  const api = useMemo(
    () =>
      apiClients(
        () => stored?.accessToken,
        () => language,
      ),
    [stored, language],
  );
  useEffect(() => {
    if (!stored) return;
    const wait = Math.max(0, stored.expiresAt - Date.now() - 30_000);
    const timer = window.setTimeout(() => {
      unwrap(api.intake.POST('/public/{tenantId}/sign-in/refresh', { params: { path: { tenantId } }, body: { refreshToken: stored.refreshToken } }))
        .then(keep)
        .catch(signOut);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [stored, tenantId]);
  return { signedIn: stored !== null && stored.expiresAt > Date.now(), api, accessToken: () => stored?.accessToken, keep, signOut };
}
