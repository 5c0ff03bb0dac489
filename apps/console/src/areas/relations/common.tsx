import { Box, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { unwrap, type Bilingual } from '../../api/client';
import { useApi } from '../../api/context';
import type { components } from '../../api/generated/intake';
import { useSession } from '../../auth/auth';
import { useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';

export type Channel = components['schemas']['SubmitApplicationDto']['channel'];

/** Every channel the intake API's channel field admits; the association's policy decides which it offers (the API says so in the field). */
export const CHANNELS = [
  'interview',
  'visit',
  'phone',
  'website',
  'social-media',
  'letters',
  'email',
  'help-request-service',
  'volunteering',
  'social-researcher',
  'office-representative',
] as const satisfies readonly Channel[];

export const channelLabel = (channel: string): MessageId => `channel.${channel}` as MessageId;

/** The sections of the area, as links (the current one marked for screen readers). */
export function RelationsNav() {
  const t = useT();
  const { pathname } = useLocation();
  const links: Array<[string, MessageId]> = [
    ['/relations', 'relations.nav.queue'],
    ['/relations/new', 'relations.nav.new'],
    ['/relations/inquiries', 'relations.nav.inquiries'],
    ['/relations/reach', 'relations.nav.reach'],
  ];
  const current = (to: string) => (to === '/relations' ? pathname === to || pathname.startsWith('/relations/cases') : pathname.startsWith(to));
  return (
    <Group component="nav" aria-label={t('relations.nav')} gap="xs" mb="md">
      {links.map(([to, label]) => (
        <Button key={to} component={Link} to={to} size="xs" variant={current(to) ? 'filled' : 'default'} aria-current={current(to) ? 'page' : undefined}>
          {t(label)}
        </Button>
      ))}
    </Group>
  );
}

interface PublicTerms {
  services: Array<{ id: string; name: Bilingual }>;
}

/** The association's services a request may be for (the public terms list them; the staff token names the tenant). */
export function useServices(): { services: Array<{ id: string; name: Bilingual }>; isPending: boolean } {
  const api = useApi();
  const session = useSession();
  const tenantId = session.tenantId ?? '';
  const terms = useQuery({
    queryKey: ['public-terms', tenantId],
    enabled: tenantId !== '',
    queryFn: () => unwrap(api.intake.GET('/public/{tenantId}/terms', { params: { path: { tenantId } } })) as Promise<unknown> as Promise<PublicTerms>,
  });
  return { services: terms.data?.services ?? [], isPending: terms.isPending };
}

/** A wide table on a narrow screen: a named region that scrolls sideways and takes keyboard focus to do so (WCAG 2.1.1). */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </Box>
  );
}
