import { Alert, Badge, Button, Checkbox, Group, Modal, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/context';
import { TableScroll } from '../../kit/table-scroll';
import { unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { PagedList } from '../../kit/paged';
import { ErrorNotice, fieldReasons } from '../../kit/states';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';

type Account = components['schemas']['StaffAccountDto'];
export type StaffRole = components['schemas']['InviteStaffDto']['roles'][number];

/** The roles an association's staff may hold (docs/adr/0034; `STAFF_ROLES` in libs/platform/identity). */
export const STAFF_ROLES: StaffRole[] = [
  'relations-officer',
  'social-researcher',
  'services-officer',
  'committee-member',
  'committee-chair',
  'empowerment-team',
  'executive-director',
  'board-member',
  'tenant-admin',
  'auditor',
];
const roleLabel = (role: string): MessageId => `role.${role}` as MessageId;
const nameOf = (a: Account) => [a.firstName, a.lastName].filter(Boolean).join(' ') || a.username;

/** The association's staff accounts: invite one with roles, change its roles, disable it (docs/adr/0034). */
export function Staff() {
  const api = useApi();
  const t = useT();
  const [editing, setEditing] = useState<Account | null>(null);
  const [disabling, setDisabling] = useState<Account | null>(null);
  return (
    <Stack gap="md" component="section" aria-labelledby="admin-staff">
      <Title order={3} id="admin-staff">
        {t('admin.staff.title')}
      </Title>
      <Invite />
      <PagedList<Account>
        queryKey={['admin', 'staff']}
        fetchPage={async (cursor) => {
          const page = await unwrap(api.intake.GET('/staff', { params: { query: { first: cursor ? Number(cursor) : 0, max: 100 } } }));
          return { items: page.items, nextCursor: page.next === null ? null : String(page.next) };
        }}
        render={(items) => (
          <TableScroll label={t('admin.staff.title')} minWidth={640}>
            <Table striped data-testid="staff">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.staff.col.name')}</Table.Th>
                  <Table.Th>{t('admin.staff.col.email')}</Table.Th>
                  <Table.Th>{t('admin.staff.col.roles')}</Table.Th>
                  <Table.Th>{t('admin.staff.col.state')}</Table.Th>
                  <Table.Th>{t('admin.staff.col.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((account) => (
                  <Table.Tr key={account.userId} data-email={account.email ?? ''}>
                    <Table.Td>{nameOf(account)}</Table.Td>
                    <Table.Td dir="ltr">{account.email ?? '—'}</Table.Td>
                    <Table.Td data-testid="roles">{account.roles.map((role) => t(roleLabel(role))).join('، ')}</Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color={account.enabled ? 'athar.9' : 'gray.8'}>
                        {t(account.enabled ? 'admin.staff.enabled' : 'admin.staff.disabled')}
                      </Badge>
                      {account.enabled && account.requiredActions.length > 0 ? (
                        <Text size="xs" c="gray.8">
                          {t('admin.staff.pending')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {account.enabled ? (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing(account)}
                            aria-label={`${t('admin.staff.changeRoles.short')} — ${nameOf(account)}`}
                          >
                            {t('admin.staff.changeRoles.short')}
                          </Button>
                          <Button
                            size="xs"
                            variant="outline"
                            color="red.9"
                            onClick={() => setDisabling(account)}
                            aria-label={`${t('admin.staff.disable')} — ${nameOf(account)}`}
                          >
                            {t('admin.staff.disable')}
                          </Button>
                        </Group>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      />
      {editing ? <ChangeRoles account={editing} onClose={() => setEditing(null)} /> : null}
      {disabling ? <Disable account={disabling} onClose={() => setDisabling(null)} /> : null}
    </Stack>
  );
}

function RolesField({ value, onChange, error }: { value: string[]; onChange: (roles: string[]) => void; error?: string }) {
  const t = useT();
  return (
    <Checkbox.Group label={t('admin.staff.roles')} value={value} onChange={onChange} error={error} withAsterisk>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing={6}>
        {STAFF_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(roleLabel(role))} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

function Invite() {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const invite = useMutation({
    mutationFn: () =>
      unwrap(api.intake.POST('/staff', { body: { email: email.trim(), firstName: firstName.trim(), lastName: lastName.trim(), roles: roles as StaffRole[] } })),
    onSuccess: async () => {
      setEmail('');
      setFirstName('');
      setLastName('');
      setRoles([]);
      await queryClient.invalidateQueries({ queryKey: ['admin', 'staff'] });
    },
  });
  const reason = (field: string) => fieldReasons(invite.error, field, language);
  const fieldsNamed = ['email', 'firstName', 'lastName', 'roles'].some((field) => reason(field));
  return (
    <form
      aria-labelledby="admin-invite"
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate();
      }}
    >
      <Stack gap="xs">
        <Text fw={600} id="admin-invite">
          {t('admin.staff.invite')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('admin.staff.email')}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={reason('email')}
            dir="ltr"
            required
          />
          <TextInput
            label={t('admin.staff.firstName')}
            value={firstName}
            onChange={(e) => setFirstName(e.currentTarget.value)}
            error={reason('firstName')}
            required
          />
          <TextInput
            label={t('admin.staff.lastName')}
            value={lastName}
            onChange={(e) => setLastName(e.currentTarget.value)}
            error={reason('lastName')}
            required
          />
        </SimpleGrid>
        <RolesField value={roles} onChange={setRoles} error={reason('roles')} />
        <Button type="submit" w="fit-content" loading={invite.isPending}>
          {t('admin.staff.send')}
        </Button>
        {invite.isError && !fieldsNamed ? <ErrorNotice error={invite.error} /> : null}
        {invite.data ? (
          <Alert color="athar" role="status" data-testid="invited">
            {t('admin.staff.invited', { name: nameOf(invite.data.account), emailed: String(invite.data.invitationEmailed) })}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}

function ChangeRoles({ account, onClose }: { account: Account; onClose: () => void }) {
  const api = useApi();
  const t = useT();
  const { language } = useLocale();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<string[]>(account.roles);
  const change = useMutation({
    mutationFn: () => unwrap(api.intake.PATCH('/staff/{userId}', { params: { path: { userId: account.userId } }, body: { roles: roles as StaffRole[] } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'staff'] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('admin.staff.changeRoles', { name: nameOf(account) })} closeButtonProps={{ 'aria-label': t('admin.cancel') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate();
        }}
      >
        <Stack gap="sm">
          <RolesField value={roles} onChange={setRoles} error={fieldReasons(change.error, 'roles', language)} />
          {change.isError && !fieldReasons(change.error, 'roles', language) ? <ErrorNotice error={change.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admin.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('admin.staff.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Disable({ account, onClose }: { account: Account; onClose: () => void }) {
  const api = useApi();
  const t = useT();
  const queryClient = useQueryClient();
  const disable = useMutation({
    mutationFn: () => unwrap(api.intake.PATCH('/staff/{userId}', { params: { path: { userId: account.userId } }, body: { active: false } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'staff'] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('admin.staff.disable.title', { name: nameOf(account) })} closeButtonProps={{ 'aria-label': t('admin.cancel') }}>
      <Stack gap="sm">
        <Text>{t('admin.staff.disable.detail')}</Text>
        {disable.isError ? <ErrorNotice error={disable.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('admin.cancel')}
          </Button>
          <Button color="red.9" loading={disable.isPending} onClick={() => disable.mutate()}>
            {t('admin.staff.disable.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
