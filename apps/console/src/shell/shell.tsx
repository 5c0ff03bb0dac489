import { AppShell, Burger, Button, Group, NavLink, SegmentedControl, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../auth/auth';
import { areasFor } from '../areas';
import { useLocale, useT } from '../i18n/locale';
import { DualDate } from '../kit/dates';

/** The frame every screen sits in: header (language, digits, session), navigation by role, content. */
export function Shell({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const session = useSession();
  const { language, setLanguage, digits, setDigits } = useLocale();
  const t = useT();
  const location = useLocation();
  const areas = session.user ? areasFor(session.roles) : [];
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: areas.length === 0 } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {areas.length > 0 ? <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.navigation')} /> : null}
            <Title order={1} size="h3" c="athar.9">
              <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
                {t('app.name')}
              </Link>
            </Title>
            <Text visibleFrom="md" size="sm" c="gray.8">
              {t('shell.today')}: <DualDate value={new Date()} />
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t('shell.digits')}
              value={digits}
              onChange={(value) => setDigits(value as 'arab' | 'latn')}
              data={[
                { value: 'arab', label: t('shell.digits.arab') },
                { value: 'latn', label: t('shell.digits.latn') },
              ]}
            />
            <Button size="xs" variant="default" lang={language === 'ar' ? 'en' : 'ar'} onClick={() => setLanguage(language === 'ar' ? 'en' : 'ar')}>
              <VisuallyHidden>{t('shell.languageLabel')}: </VisuallyHidden>
              {t('shell.language')}
            </Button>
            {session.user ? (
              <>
                <Text size="sm" visibleFrom="sm">
                  {session.name}
                </Text>
                <Button size="xs" variant="subtle" data-testid="sign-out" onClick={() => void session.signOut()}>
                  {t('shell.signOut')}
                </Button>
              </>
            ) : (
              <Button size="xs" variant="filled" data-testid="sign-in" onClick={() => void session.signIn()}>
                {t('shell.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      {areas.length > 0 ? (
        <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
          {areas.map((area) => (
            <NavLink key={area.id} component={Link} to={area.path} label={t(area.title)} active={location.pathname.startsWith(area.path)} onClick={close} />
          ))}
        </AppShell.Navbar>
      ) : null}
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
