import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { eventUpcasting, PERSONAL_FIELDS, streamId, type AuditReadV1, type RecordedEvent } from '@athar/contracts';
import { checkPolicyVersion, type EligibilityPolicyVersion } from '@athar/domain-eligibility';
import type { EventStore } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { openFields, PersonalDataProtector } from '@athar/personal-data';
import { AggregateCommands, EVENT_STORE, facts, type Aggregate } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { RecordReads } from '../record-reads/record-reads';
import type { KeptRules } from './decision-reproduction';

/** What a personal field shows when the auditor stated no purpose (ADR 0044). */
export const REDACTED = '[redacted]';

/** ATHAR_ELIGIBILITY_POLICY_DIR, as the eligibility service reads it: its `<tenant>.eligibility.json` version files. */
export function auditEligibilityPolicyDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATHAR_ELIGIBILITY_POLICY_DIR || join(__dirname, '..', '..', '..', 'eligibility', 'policies');
}

/** Every eligibility policy version kept, as the eligibility service checks them (it refuses to start on a bad one). */
export function loadEligibilityVersions(dir: string): EligibilityPolicyVersion[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eligibility.json'))
    .flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as EligibilityPolicyVersion[])
    .map(checkPolicyVersion);
}

/** Sets each listed dotted path that is present to `value` (plaintext personal fields of events stored before encryption). */
function replacePaths(data: unknown, paths: readonly string[], value: string): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let node: unknown = copy;
    for (const key of keys.slice(0, -1)) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    const last = keys[keys.length - 1];
    if (typeof node === 'object' && node !== null && last in node) (node as Record<string, unknown>)[last] = value;
  }
  return copy;
}

/** The streams' events as stored, a stream with no event skipped (read-only: `readStream` of the event-store port). */
export async function readStreams(store: EventStore, streams: readonly string[]): Promise<RecordedEvent[]> {
  // one read for the case's streams across the services (one round trip on PostgreSQL: tools/bench/audit-replay.ts)
  return store.readStreams(streams);
}

/** Every personal field `[redacted]`: sealed ones, and plaintext ones of events stored before encryption. */
export const redactPersonal = (events: readonly RecordedEvent[]): RecordedEvent[] =>
  events.map((e) => ({
    ...e,
    data: replacePaths(
      openFields(e.data, () => REDACTED),
      PERSONAL_FIELDS[e.type] ?? [],
      REDACTED,
    ),
  }));

/** Each event at its schema's latest version. */
export const upcastAll = (events: readonly RecordedEvent[]): RecordedEvent[] => events.map((e) => eventUpcasting.upcastKnown(e) as RecordedEvent);

/** An audit read log per subject (a case or a round): the auditor's own reads, apart from the case's streams. */
export const auditReadsStream = (tenantId: string, subjectId: string): string => streamId('intake', 'audit-reads', tenantId, subjectId);
const auditReadsAggregate: Aggregate<null, 'AuditRead'> = { initialState: null, evolve: () => null };

/**
 * The audit reader (ADR 0044): reads the five services' streams of a case, read-only, through the
 * event-store port's `readStreams` (PostgreSQL locally, EventStoreDB in production), opens or redacts
 * personal fields, upcasts, and logs every read.
 */
@Injectable()
export class AuditReader {
  private readonly eligibilityVersions = loadEligibilityVersions(auditEligibilityPolicyDirFromEnv());

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly personalData: PersonalDataProtector,
    private readonly tenants: TenantRegistry,
    private readonly commands: AggregateCommands,
    private readonly recordReads: RecordReads,
  ) {}

  /** The streams' events, upcast; personal fields opened (`[erased]` once erased) only when `personal`, else `[redacted]`. */
  async read(streams: readonly string[], personal: boolean): Promise<RecordedEvent[]> {
    const stored = await readStreams(this.store, streams);
    return upcastAll(personal ? await this.personalData.open(stored) : redactPersonal(stored));
  }

  rules(tenantId: string): KeptRules {
    return { tenantPolicy: this.tenants.get(tenantId), tenantPolicyVersions: this.tenants.versions(tenantId), eligibilityVersions: this.eligibilityVersions };
  }

  /** Logs the read (every audit read); a read that showed a case's personal data is also a record read with purpose `audit`. */
  async log(principal: Principal, read: Omit<AuditReadV1, 'readBy' | 'role' | 'readAt'>): Promise<void> {
    if (read.personalData && read.subject === 'case') await this.recordReads.record(principal, read.subjectId, 'application', 'audit');
    const now = new Date();
    const data: AuditReadV1 = { ...read, readBy: principal.userId, role: principal.roles[0], readAt: now.toISOString() };
    await this.commands.handle(auditReadsAggregate, {
      streamId: auditReadsStream(principal.tenantId, read.subjectId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: () => facts({ type: 'AuditRead', version: 1, data }),
      now,
    });
  }
}
