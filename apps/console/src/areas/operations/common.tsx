import { Anchor, Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../api/client';
import type { components } from '../../api/generated/committee-review';
import { useSession } from '../../auth/auth';
import { timeOfDay } from '../../i18n/dates';
import { useLocale, useT } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { DualDate } from '../../kit/dates';
import { ErrorNotice, fieldReasons } from '../../kit/states';
import { mayCall, type Operation } from '../permissions';
import { latenessParts } from './lateness';

// What the operations screens share (docs/adr/0045): the associations, the words for risks and states,
// lateness in days and hours, an instant with its time, the area's links, and the confirmation that asks
// for a reason (every action of the operations API is recorded with one).

export type Schemas = components['schemas'];
export type WorkflowType = Schemas['WorkflowItemDto']['type'];
export type Risk = Schemas['WorkflowItemDto']['risk'];
export type LetterState = Schemas['DeadLetterDto']['state'];

export const WORKFLOW_TYPES: WorkflowType[] = [
  'reviewTimeline',
  'caseDocumentExpiry',
  'documentExpiryWatch',
  'periodicReverification',
  'eligibilityPolicyReview',
  'serviceDelivery',
  'needsStudyTimeline',
  'partnerAgreementTimeline',
  'impactReportTimeline',
  'allocationRoundTimeline',
  'satisfactionSurveyTimeline',
  'complaintServiceLevel',
];
export const LETTER_STATES: LetterState[] = ['open', 'redriven', 'discarded'];
const KNOWN_STATUSES = ['Running', 'Completed', 'Failed', 'Canceled', 'Terminated', 'ContinuedAsNew', 'TimedOut'] as const;

/** The associations on the platform, by their policy files (only each one's name is bundled). */
const names = import.meta.glob<{ ar: string; en: string }>('../../../../../libs/platform/tenancy/policies/*.policy.json', { eager: true, import: 'name' });
export const TENANTS: Array<{ id: string; name: { ar: string; en: string } }> = Object.entries(names)
  .map(([file, name]) => ({ id: file.replace(/^.*\/([^/]+)\.policy\.json$/, '$1'), name }))
  .sort((a, b) => a.id.localeCompare(b.id));

export function useTenantName(): (tenantId: string | null) => string {
  const { language } = useLocale();
  return (tenantId) => (tenantId ? (TENANTS.find((t) => t.id === tenantId)?.name[language] ?? tenantId) : '—');
}

/** Whether the signed-in person may call an operation (the permission matrix). */
export function useMayCall(): (operation: Operation) => boolean {
  const { roles } = useSession();
  return (operation) => mayCall(operation, roles);
}

/** "2 days, 3 hours" / "يومان و٣ ساعات": the largest two units of a lateness in seconds. */
export function useLateness(): (seconds: number) => string {
  const t = useT();
  return (seconds) => {
    const parts = latenessParts(seconds);
    return parts.length === 0 ? t('ops.late.none') : parts.map((p) => t(`ops.late.${p.unit}`, { count: p.count })).join(t('ops.late.join'));
  };
}

/** An instant: its Hijri and Gregorian date, and its time of day. */
export function When({ value }: { value: string }) {
  const { language, digits } = useLocale();
  return (
    <span data-instant={value}>
      <DualDate value={value} /> <span>{timeOfDay(new Date(value), language, digits)}</span>
    </span>
  );
}

export function RiskBadge({ risk }: { risk: Risk }) {
  const t = useT();
  const color = risk === 'breached' ? 'red.9' : risk === 'at-risk' ? 'orange.9' : risk === 'on-track' ? 'athar.9' : 'gray.8';
  return (
    <Badge variant="filled" color={color} data-risk={risk}>
      {t(`ops.risk.${risk}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  const known = (KNOWN_STATUSES as readonly string[]).includes(status);
  return (
    <Badge variant="filled" color={status === 'Running' ? 'athar.9' : 'gray.8'} data-testid="workflow-status" data-status={status}>
      {known ? t(`ops.status.${status}` as MessageId) : status}
    </Badge>
  );
}

/** The area's links: workflows, messaging (operations only), dead letters; the current one marked. */
export function OperationsNav() {
  const t = useT();
  const may = useMayCall();
  const { pathname } = useLocation();
  const links: Array<{ to: string; label: MessageId; needs: Operation; current: boolean }> = [
    {
      to: '/operations',
      label: 'ops.nav.workflows',
      needs: 'committee-review GET /ops/workflows',
      current: pathname === '/operations' || pathname.startsWith('/operations/workflows'),
    },
    { to: '/operations/messaging', label: 'ops.nav.messaging', needs: 'committee-review GET /ops/messaging', current: pathname === '/operations/messaging' },
    {
      to: '/operations/dead-letters',
      label: 'ops.nav.deadLetters',
      needs: 'committee-review GET /ops/dead-letters',
      current: pathname === '/operations/dead-letters',
    },
  ];
  return (
    <Group component="nav" aria-label={t('area.operations')} gap="md" wrap="wrap">
      {links
        .filter((link) => may(link.needs))
        .map((link) => (
          <Anchor
            key={link.to}
            component={Link}
            to={link.to}
            aria-current={link.current ? 'page' : undefined}
            fw={link.current ? 700 : 400}
            c="athar.9"
            data-testid={`ops-nav-${link.label.slice('ops.nav.'.length)}`}
          >
            {t(link.label)}
          </Anchor>
        ))}
    </Group>
  );
}

/**
 * A confirmation that asks why: the action named, what it does, a reason field (the API's reasons for
 * `reason` shown in it when it refuses), and any fields of the action's own (`children`).
 */
export function ReasonDialog({
  opened,
  title,
  detail,
  confirm,
  danger,
  pending,
  error,
  onClose,
  onConfirm,
  fields = [],
  children,
}: {
  opened: boolean;
  title: string;
  detail: string;
  confirm: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (reason: string) => void;
  /** The action's own fields shown in `children`, whose reasons show there. */
  fields?: string[];
  children?: ReactNode;
}) {
  const t = useT();
  const { language } = useLocale();
  const [reason, setReason] = useState('');
  const inField = fieldReasons(error, 'reason', language);
  const close = () => {
    setReason('');
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('ops.action.cancelDialog') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(reason);
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text>{detail}</Text>
          {children}
          <Textarea
            label={t('ops.reason.label')}
            description={t('ops.reason.description')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={inField}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-testid="ops-reason"
            data-autofocus
          />
          {error && !allInFields(error, ['reason', ...fields]) ? <ErrorNotice error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('ops.action.cancelDialog')}
            </Button>
            <Button type="submit" color={danger ? 'red.9' : undefined} loading={pending} disabled={reason.trim() === ''} data-testid="ops-confirm">
              {confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A refusal whose reasons all concern fields the dialog shows (they are in those fields, not in a notice). */
function allInFields(error: unknown, fields: string[]): boolean {
  return error instanceof ApiError && (error.body.fields ?? []).length > 0 && (error.body.fields ?? []).every((f) => fields.includes(f.field));
}
