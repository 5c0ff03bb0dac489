import { Anchor, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../auth/auth';
import { useT } from '../../i18n/locale';
import { mayCall } from '../permissions';

/** The area's own links: the work queue, and the inquiries for those who answer them (the social researcher). */
export function ResearchNav() {
  const t = useT();
  const { roles } = useSession();
  const { pathname } = useLocation();
  const links = [
    { to: '/research', label: t('research.nav.queue'), shown: true, current: pathname === '/research' },
    {
      to: '/research/inquiries',
      label: t('research.nav.inquiries'),
      shown: mayCall('intake GET /inquiries', roles),
      current: pathname === '/research/inquiries',
    },
  ];
  return (
    <Group component="nav" aria-label={t('area.research')} gap="md">
      {links
        .filter((link) => link.shown)
        .map((link) => (
          <Anchor key={link.to} component={Link} to={link.to} aria-current={link.current ? 'page' : undefined} fw={link.current ? 700 : 400} c="athar.9">
            {link.label}
          </Anchor>
        ))}
    </Group>
  );
}

/** The staff roles with a work queue (docs/permissions.md: GET /work-queues/{role}). */
export const QUEUE_ROLES = ['services-officer', 'social-researcher'] as const;
export type QueueRole = (typeof QUEUE_ROLES)[number];
