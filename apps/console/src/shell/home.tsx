import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../auth/auth';
import { areasFor } from '../areas';
import { useT } from '../i18n/locale';

export function Home() {
  const session = useSession();
  const t = useT();
  const areas = session.user ? areasFor(session.roles) : [];
  return (
    <Stack maw={640} gap="md">
      <Title order={2}>{t('home.title')}</Title>
      <Text>{t('app.tagline')}</Text>
      {session.user ? (
        <>
          <Text>{t('home.areas', { count: areas.length })}</Text>
          {areas.map((area) => (
            <Card key={area.id} withBorder component={Link} to={area.path}>
              {t(area.title)}
            </Card>
          ))}
        </>
      ) : (
        <>
          <Text>{t('home.signedOut')}</Text>
          <Button onClick={() => void session.signIn()} w="fit-content">
            {t('shell.signIn')}
          </Button>
        </>
      )}
    </Stack>
  );
}
