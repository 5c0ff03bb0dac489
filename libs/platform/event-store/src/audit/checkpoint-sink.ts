import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LeafRecord, SignedCheckpoint } from './checkpoint';

/** A checkpoint as written outside the database: the signed head and the leaves added since the previous one. */
export interface CheckpointFile {
  checkpoint: SignedCheckpoint;
  /** Leaves (previous treeSize .. treeSize-1): their hashes fold into the signed root, so the list is authenticated by it. */
  leaves: LeafRecord[];
}

/**
 * Where checkpoints go outside the event store's database (docs/adr/0043): write-once per tree size.
 * Adapters: a folder (here); an object-store bucket with object lock in production.
 */
export interface CheckpointSink {
  /** Writes once; an existing file for this size is left as it is and returned. */
  write(file: CheckpointFile): Promise<CheckpointFile>;
  list(store: string): Promise<CheckpointFile[]>;
  publishKey(keyId: string, publicKeyPem: string): Promise<void>;
  publicKeyFiles(): string[];
}

const pad = (size: number) => String(size).padStart(12, '0');

/** `<dir>/<store>/<treeSize, 12 digits>.json` and `<dir>/keys/<keyId>.pem`; never overwrites. */
export class FileCheckpointSink implements CheckpointSink {
  constructor(readonly dir: string) {}

  async write(file: CheckpointFile): Promise<CheckpointFile> {
    const folder = join(this.dir, file.checkpoint.store);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${pad(file.checkpoint.treeSize)}.json`);
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as CheckpointFile;
    // Written whole under a temporary name, then linked into place: never a half file, never an overwrite.
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, `${JSON.stringify(file)}\n`);
    try {
      linkSync(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return JSON.parse(readFileSync(path, 'utf8')) as CheckpointFile;
    } finally {
      unlinkSync(temp);
    }
    return file;
  }

  async list(store: string): Promise<CheckpointFile[]> {
    const folder = join(this.dir, store);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => /^\d{12}\.json$/.test(name))
      .sort()
      .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as CheckpointFile);
  }

  async publishKey(keyId: string, publicKeyPem: string): Promise<void> {
    mkdirSync(join(this.dir, 'keys'), { recursive: true });
    const path = join(this.dir, 'keys', `${keyId}.pem`);
    if (!existsSync(path)) writeFileSync(path, publicKeyPem);
  }

  publicKeyFiles(): string[] {
    const folder = join(this.dir, 'keys');
    return existsSync(folder)
      ? readdirSync(folder)
          .filter((n) => n.endsWith('.pem'))
          .map((n) => join(folder, n))
      : [];
  }
}
