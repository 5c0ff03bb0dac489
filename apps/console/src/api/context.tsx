import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSession } from '../auth/auth';
import { useLocale } from '../i18n/locale';
import { apiClients, type ApiClients } from './client';

const ApiContext = createContext<ApiClients | null>(null);

export function ApiProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const { language } = useLocale();
  const clients = useMemo(() => apiClients(session.accessToken, () => language), [session, language]);
  return <ApiContext.Provider value={clients}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClients {
  const clients = useContext(ApiContext);
  if (!clients) throw new Error('useApi outside ApiProvider');
  return clients;
}
