import { useQuery } from '@tanstack/react-query';
import { unwrap, type Bilingual } from '../api/client';
import { useApi } from '../api/context';
import { useSession } from '../auth/auth';

/** GET /public/{tenantId}/terms (the service documents it as an object; its shape, from the controller). */
export interface PublicTerms {
  association: Bilingual;
  programmeTerms: { version: number; text: Bilingual };
  declaration: { version: number; text: Bilingual };
  services: Array<{ id: string; name: Bilingual }>;
  challenge: unknown;
}

/** The association's public terms and services (the public link shows them; staff screens name services by them). */
export function usePublicTerms(tenantId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['public-terms', tenantId],
    enabled: tenantId !== '',
    staleTime: 5 * 60_000,
    queryFn: () => unwrap(api.intake.GET('/public/{tenantId}/terms', { params: { path: { tenantId } } })) as Promise<unknown> as Promise<PublicTerms>,
  });
}

/**
 * The signed-in person's association's services, and a service's name in the page's language from its id
 * (the id itself while the names load, or for a service no longer offered).
 */
export function useServices(): {
  services: PublicTerms['services'];
  isPending: boolean;
  nameOf: (serviceId: string | null | undefined, language: 'ar' | 'en') => string;
} {
  const session = useSession();
  const terms = usePublicTerms(session.tenantId ?? '');
  const services = terms.data?.services ?? [];
  return {
    services,
    isPending: terms.isPending,
    nameOf: (serviceId, language) => (serviceId ? (services.find((s) => s.id === serviceId)?.name[language] ?? serviceId) : '—'),
  };
}
