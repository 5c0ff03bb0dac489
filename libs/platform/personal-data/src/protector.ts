import { createHmac } from 'node:crypto';
import { caseDataKeyId, dataKeyIdFor, ERASED, PERSONAL_FIELDS, type EncryptedField } from '@athar/contracts';
import { decryptBytes, decryptField, encryptBytes, encryptField, newDataKey, unwrapDataKey, wrapDataKey } from './envelope';
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

/** An event with personal fields but no subject id to key them by: it would be stored in clear, so it is refused. */
export class PersonalDataSubjectMissingError extends Error {
  constructor(readonly type: string) {
    super(`${type} carries personal data but no subject id (case, inquiry or referral) to seal it under; refusing to store it in clear`);
    this.name = 'PersonalDataSubjectMissingError';
  }
}

/**
 * An envelope whose data key has no row at all: not an erasure (erasure leaves a tombstone) but a lost
 * key, a restore that missed the key table, or a ciphertext copied from another tenant. Never "[erased]".
 */
export class DataKeyMissingError extends Error {
  constructor(
    readonly tenantId: string,
    readonly keyId: string,
  ) {
    super(`No data key ${keyId} for tenant ${tenantId} and no erasure recorded for it: the key store is incomplete or the data is not this tenant's`);
    this.name = 'DataKeyMissingError';
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
    if (!paths || !hasAnyPath(data, paths)) return data;
    const keyId = dataKeyIdFor(type, data);
    if (keyId === null) throw new PersonalDataSubjectMissingError(type); // fail closed: never store personal data in clear
    return this.sealUnder(tenantId, keyId, type, data);
  }

  /** The same, under a data key named by the caller (a record that carries no subject id of its own: an outbox message). */
  async sealUnder(tenantId: string, keyId: string, type: string, data: unknown): Promise<unknown> {
    const paths = PERSONAL_FIELDS[type];
    if (!paths || !hasAnyPath(data, paths)) return data;
    const dataKey = await this.liveKey(tenantId, keyId);
    return sealPaths(data, paths, (value, path) => encryptField(dataKey, keyId, value, { type, path }));
  }

  /** The key id's data key, created on first use; an erased key id refuses (PersonalDataErasedError). */
  private async liveKey(tenantId: string, keyId: string): Promise<Buffer> {
    const candidate = newDataKey();
    const stored = await this.keys.create(tenantId, keyId, wrapDataKey(this.keyring.key(tenantId), tenantId, keyId, candidate), this.keyring.keyId(tenantId));
    if (stored.wrapped === null) throw new PersonalDataErasedError(keyId);
    return unwrapDataKey(this.keyring.key(tenantId), tenantId, keyId, stored.wrapped);
  }

  /**
   * A file's bytes sealed with its subject's data key (a case's documents: `case:<id>`), `context`
   * naming what the bytes are (authenticated: a file cannot be passed off as another).
   */
  async sealBytes(tenantId: string, keyId: string, plaintext: Buffer, context: string): Promise<Buffer> {
    return encryptBytes(await this.liveKey(tenantId, keyId), keyId, plaintext, context);
  }

  /** The file's bytes; PersonalDataErasedError once the key is erased, DataKeyMissingError if it never existed. */
  async openBytes(tenantId: string, keyId: string, sealed: Buffer, context: string): Promise<Buffer> {
    const stored = (await this.keys.find(tenantId, [keyId])).get(keyId);
    if (!stored) throw new DataKeyMissingError(tenantId, keyId);
    if (stored.wrapped === null) throw new PersonalDataErasedError(keyId);
    return decryptBytes(unwrapDataKey(this.keyring.key(tenantId), tenantId, keyId, stored.wrapped), keyId, sealed, context);
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
    // null: erased (a tombstone row); a key id with no row at all is an error, never "[erased]".
    const dataKeys = new Map<string, Buffer | null>();
    for (const [tenantId, keyIds] of wanted) {
      const stored = await this.keys.find(tenantId, [...keyIds]);
      for (const keyId of keyIds) {
        const row = stored.get(keyId);
        if (!row) throw new DataKeyMissingError(tenantId, keyId);
        dataKeys.set(`${tenantId}|${keyId}`, row.wrapped === null ? null : unwrapDataKey(this.keyring.key(tenantId), tenantId, keyId, row.wrapped));
      }
    }
    const openWith = (tenantId: string, type: string) => (field: EncryptedField, path: string) => {
      const key = dataKeys.get(`${tenantId}|${field.keyId}`) ?? null;
      return key === null ? ERASED : decryptField(key, field, { type, path });
    };
    return events.map((event) =>
      encryptedFieldsIn(event.data).length === 0 ? event : { ...event, data: openFields(event.data, openWith(event.tenantId, event.type)) },
    );
  }

  /** A keyed digest (HMAC-SHA256 under the tenant's key) to find a value without storing it. */
  digest(tenantId: string, purpose: string, value: string): string {
    return createHmac('sha256', this.keyring.key(tenantId)).update(`${purpose}|${value}`).digest('hex');
  }

  /** Destroys a case's data key: its personal fields and files, wherever stored, can never be read again. */
  erase(tenantId: string, caseId: string): Promise<boolean> {
    return this.keys.erase(tenantId, caseDataKeyId(caseId));
  }

  /** Destroys any subject's data key (`inquiry:<id>`, `referral:<id>`, `case:<id>`); a tombstone stays. */
  eraseKey(tenantId: string, keyId: string): Promise<boolean> {
    return this.keys.erase(tenantId, keyId);
  }
}

/**
 * The notification outbox's sealer (libs/platform/notifier OutboxSealer): the key of the message's
 * subject (`case:<id>`, `inquiry:<id>`, `referral:<id>`), a keyed digest of the recipient.
 */
export function outboxSealer(protector: PersonalDataProtector) {
  return {
    seal: (tenantId: string, dataKeyId: string, message: { recipient: string; body: string }) =>
      protector.sealUnder(tenantId, dataKeyId, 'OutboxMessage', message),
    open: async (tenantId: string, sealed: unknown) => {
      const [opened] = await protector.open([{ tenantId, type: 'OutboxMessage', data: sealed }]);
      const { recipient, body } = opened.data as { recipient: string; body: string };
      return { recipient, body };
    },
    digest: (tenantId: string, recipient: string) => protector.digest(tenantId, 'recipient', recipient),
  };
}
