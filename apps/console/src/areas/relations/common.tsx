import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { components } from '../../api/generated/intake';
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
