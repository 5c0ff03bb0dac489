import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecordedEvent } from '@athar/contracts';
import { leafHash } from './merkle';

/**
 * A signed tree head (RFC 9162 §4.10, simplified): the size and root of one store's global-log tree
 * at a moment, signed with the platform's Ed25519 checkpoint key. docs/adr/0043.
 */
export interface SignedCheckpoint {
  format: 'athar-checkpoint/v1';
  /** Which log: the PostgreSQL schema or EventStoreDB's $all (one tree per store). */
  store: string;
  treeSize: number;
  /** Hex SHA-256 MTH of the first treeSize leaves. */
  rootHash: string;
  /** The global position of the last leaf ('0' for an empty tree). */
  lastGlobalPosition: string;
  signedAt: string;
  keyId: string;
  /** Base64 Ed25519 signature over checkpointBody(). */
  signature: string;
}

/** One leaf of the tree as the outside copy lists it (the leaf hash is over position and event hash). */
export interface LeafRecord {
  index: number;
  globalPosition: string;
  streamId: string;
  revision: number;
  tenantId: string;
  eventId: string;
  recordedAt: string;
  hash: string;
}

/** The exact bytes a checkpoint's signature covers: one field per line, fixed order. */
export function checkpointBody(c: Omit<SignedCheckpoint, 'signature'>): string {
  return [
    c.format,
    `store ${c.store}`,
    `size ${c.treeSize}`,
    `root ${c.rootHash}`,
    `position ${c.lastGlobalPosition}`,
    `time ${c.signedAt}`,
    `key ${c.keyId}`,
    '',
  ].join('\n');
}

/** Leaf data of an event: its global position and its chain hash, `<position>:<hash>`; a move or an edit changes it. */
export function eventLeafData(event: Pick<RecordedEvent, 'globalPosition' | 'hash'>): string {
  return `${event.globalPosition}:${event.hash}`;
}

export function eventLeafHash(event: Pick<RecordedEvent, 'globalPosition' | 'hash'>): Buffer {
  return leafHash(eventLeafData(event));
}

/** Streams that hold checkpoints themselves (EventStoreDB) are not leaves of the tree they sign. */
export const CHECKPOINT_STREAM_PREFIX = 'audit.checkpoints.';
export function isTreeLeaf(event: Pick<RecordedEvent, 'streamId'>): boolean {
  return !event.streamId.startsWith(CHECKPOINT_STREAM_PREFIX);
}

/** Key id: the first 16 hex digits of SHA-256 of the public key's DER (SPKI). */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

export class CheckpointSigner {
  readonly keyId: string;
  readonly publicKeyPem: string;

  constructor(private readonly privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the checkpoint key must be an Ed25519 private key');
    const publicKey = createPublicKey(privateKey);
    this.keyId = keyIdOf(publicKey);
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  static fromPemFile(path: string): CheckpointSigner {
    return new CheckpointSigner(createPrivateKey(readFileSync(path)));
  }

  sign(unsigned: Omit<SignedCheckpoint, 'signature' | 'keyId' | 'format'>): SignedCheckpoint {
    const body: Omit<SignedCheckpoint, 'signature'> = { format: 'athar-checkpoint/v1', ...unsigned, keyId: this.keyId };
    return { ...body, signature: sign(null, Buffer.from(checkpointBody(body)), this.privateKey).toString('base64') };
  }
}

/** Checks a checkpoint's signature with the published public key of its key id. */
export function verifyCheckpointSignature(checkpoint: SignedCheckpoint, publicKeys: Map<string, KeyObject>): string | null {
  const key = publicKeys.get(checkpoint.keyId);
  if (!key) return `signed with key ${checkpoint.keyId}, which is not among the published keys`;
  const { signature, ...body } = checkpoint;
  return verify(null, Buffer.from(checkpointBody(body)), key, Buffer.from(signature, 'base64')) ? null : 'signature does not verify';
}

/** Public keys from PEM files (a folder of `<keyId>.pem`, or single files). */
export function loadPublicKeys(paths: string[]): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const path of paths) {
    const key = createPublicKey(readFileSync(path));
    keys.set(keyIdOf(key), key);
  }
  return keys;
}

/** Generates an Ed25519 key (PKCS#8 PEM, mode 0600) at `path` unless one is there; returns the signer. */
export function ensureSigningKey(path: string): { signer: CheckpointSigner; created: boolean } {
  if (existsSync(path)) return { signer: CheckpointSigner.fromPemFile(path), created: false };
  mkdirSync(dirname(path), { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return { signer: new CheckpointSigner(privateKey), created: true };
}

export interface CheckpointConfig {
  keyFile: string;
  /** The outside copy (a folder here; an object-store bucket's mount or sync in production). */
  dir: string;
  everyEvents: number;
  everySeconds: number;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return value;
}

/**
 * ATHAR_CHECKPOINT_KEY_FILE (Ed25519 PKCS#8 PEM; from configuration or a secret store, never from
 * the database), ATHAR_CHECKPOINT_DIR (default `<ATHAR_ENGINES_DIR>/audit/checkpoints`),
 * ATHAR_CHECKPOINT_EVERY_EVENTS (1000), ATHAR_CHECKPOINT_EVERY_SECONDS (60). No key file: null, no
 * checkpointer (refused when NODE_ENV=production).
 */
export function checkpointConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CheckpointConfig | null {
  const everyEvents = positiveInt(env, 'ATHAR_CHECKPOINT_EVERY_EVENTS', 1000);
  const everySeconds = positiveInt(env, 'ATHAR_CHECKPOINT_EVERY_SECONDS', 60);
  const keyFile = env.ATHAR_CHECKPOINT_KEY_FILE;
  if (!keyFile) {
    if (env.NODE_ENV === 'production') throw new Error('ATHAR_CHECKPOINT_KEY_FILE is required in production (docs/adr/0043)');
    return null;
  }
  const dir = env.ATHAR_CHECKPOINT_DIR || (env.ATHAR_ENGINES_DIR ? join(env.ATHAR_ENGINES_DIR, 'audit', 'checkpoints') : '');
  if (!dir) throw new Error('ATHAR_CHECKPOINT_DIR must be set when ATHAR_CHECKPOINT_KEY_FILE is (or ATHAR_ENGINES_DIR, for the local default)');
  return { keyFile, dir, everyEvents, everySeconds };
}
