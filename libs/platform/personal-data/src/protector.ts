import { createHmac } from 'node:crypto';
import { caseDataKeyId, dataKeyIdFor, ERASED, PERSONAL_FIELDS, type EncryptedField } from '@athar/contracts';
import { decryptField, encryptField, newDataKey, unwrapDataKey, wrapDataKey } from './envelope';
import { encryptedFieldsIn, hasAnyPath, openFields, sealPaths } from './fields';
import type { DataKeyStore } from './key-store';
import type { TenantKeyring } from './tenant-keys';

/** Writing personal data under a key that was destroyed: the beneficiary was erased. */
export class PersonalDataErasedError extends Error {
  constructor(readonly keyId: string) {
    super(`The personal data of ${keyId} was erased; nothing personal can be recorded under it again`);
    this.name = 'PersonalDataErasedError';
  }
}

interface EventLike {
  tenantId: string;
  type: string;
  data: unknown;
}

/**
 * Envelope encryption of events' personal fields (docs/adr/0013-personal-data-encrypted-at-rest.md):
 * each case has a random data key, stored wrapped by the tenant's key; sealing encrypts the fields
 * PERSONAL_FIELDS names before the event is stored, opening decrypts them for code that reads it,
 * and a destroyed key reads as "[erased]" while every other field stays as it was.
 */
export class PersonalDataProtector {
  constructor(
    private readonly keys: DataKeyStore,
    private readonly keyring: TenantKeyring,
  ) {}

  /** The event's data with its personal fields encrypted (unchanged for an event with none). */
  async seal(tenantId: string, type: string, data: unknown): Promise<unknown> {
    const paths = PERSONAL_FIELDS[type];
    const keyId = dataKeyIdFor(type, data);
    if (!paths || keyId === null || !hasAnyPath(data, paths)) return data;
    const candidate = newDataKey();
    const stored = await this.keys.create(tenantId, keyId, wrapDataKey(this.keyring.key(tenantId), tenantId, keyId, candidate), this.keyring.keyId(tenantId));
    if (stored.wrapped === null) throw new PersonalDataErasedError(keyId);
    const dataKey = unwrapDataKey(this.keyring.key(tenantId), tenantId, keyId, stored.wrapped);
    return sealPaths(data, paths, (value) => encryptField(dataKey, keyId, value));
  }

  /** The events with their personal fields decrypted, or "[erased]" where the key is gone; one key lookup per tenant. */
  async open<T extends EventLike>(events: readonly T[]): Promise<T[]> {
    const wanted = new Map<string, Set<string>>();
    for (const event of events) {
      for (const field of encryptedFieldsIn(event.data)) {
        wanted.set(event.tenantId, (wanted.get(event.tenantId) ?? new Set()).add(field.keyId));
      }
    }
    if (wanted.size === 0) return [...events];
    const dataKeys = new Map<string, Buffer | null>();
    for (const [tenantId, keyIds] of wanted) {
      const stored = await this.keys.find(tenantId, [...keyIds]);
      for (const keyId of keyIds) {
        const wrapped = stored.get(keyId)?.wrapped ?? null;
        dataKeys.set(`${tenantId}|${keyId}`, wrapped === null ? null : unwrapDataKey(this.keyring.key(tenantId), tenantId, keyId, wrapped));
      }
    }
    const openWith = (tenantId: string) => (field: EncryptedField) => {
      const key = dataKeys.get(`${tenantId}|${field.keyId}`) ?? null;
      return key === null ? ERASED : decryptField(key, field);
    };
    return events.map((event) => (encryptedFieldsIn(event.data).length === 0 ? event : { ...event, data: openFields(event.data, openWith(event.tenantId)) }));
  }

  /** A keyed digest (HMAC-SHA256 under the tenant's key) to find a value without storing it. */
  digest(tenantId: string, purpose: string, value: string): string {
    return createHmac('sha256', this.keyring.key(tenantId)).update(`${purpose}|${value}`).digest('hex');
  }

  /** Destroys a case's data key: its personal fields, wherever stored, can never be read again. */
  erase(tenantId: string, caseId: string): Promise<boolean> {
    return this.keys.erase(tenantId, caseDataKeyId(caseId));
  }
}

/** The notification outbox's sealer (libs/platform/notifier OutboxSealer): the case's key, a keyed digest of the recipient. */
export function outboxSealer(protector: PersonalDataProtector) {
  return {
    seal: (tenantId: string, caseId: string, message: { recipient: string; body: string }) => protector.seal(tenantId, 'OutboxMessage', { caseId, ...message }),
    open: async (tenantId: string, sealed: unknown) => {
      const [opened] = await protector.open([{ tenantId, type: 'OutboxMessage', data: sealed }]);
      const { recipient, body } = opened.data as { recipient: string; body: string };
      return { recipient, body };
    },
    digest: (tenantId: string, recipient: string) => protector.digest(tenantId, 'recipient', recipient),
  };
}
