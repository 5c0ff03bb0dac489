import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { GridFSBucket, ObjectId } from 'mongodb';
import type { Connection } from 'mongoose';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { caseDataKeyId } from '@athar/contracts';
import { PersonalDataErasedError, PersonalDataProtector } from '@athar/personal-data';

export interface StoredFileMetadata {
  tenantId: string;
  caseId: string;
  /** SHA-256 of the plaintext (what the API reports and the DocumentAttached event records). */
  sha256: string;
  contentType: string;
  /** How the stored bytes are sealed; absent on files stored in clear before ADR 0013's amendment. */
  sealed?: typeof SEALED_FORMAT;
}

/** One AES-256-GCM envelope per file under the case's data key (libs/platform/personal-data encryptBytes). */
const SEALED_FORMAT = 'aes-256-gcm/case-key/1';

/** The authenticated context of a file's envelope: which tenant, case and file, and the plaintext's hash. */
const fileContext = (id: string, metadata: StoredFileMetadata) => `document|${metadata.tenantId}|${metadata.caseId}|${id}|${metadata.sha256}`;

/** A file whose case was erased: its bytes, if a copy survives anywhere, cannot be decrypted. */
export const ERASED_FILE = Symbol('erased file');

/**
 * Document bytes in GridFS (bucket `documents` of intake's database), sealed with the case's data key
 * before they are stored (docs/adr/0013, amended): a backup holds only ciphertext, and erasing the case
 * makes every copy unreadable. Events keep only the plaintext's hash.
 */
@Injectable()
export class DocumentFiles {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly personalData: PersonalDataProtector,
  ) {}

  private bucket(): GridFSBucket {
    if (!this.connection.db) throw new Error('MongoDB not connected');
    return new GridFSBucket(this.connection.db, { bucketName: 'documents' });
  }

  /** The file's name is personal data: it stays in the (encrypted) DocumentAttached event, GridFS gets the hash. */
  async save(content: Buffer, metadata: Omit<StoredFileMetadata, 'sealed'>): Promise<string> {
    const id = new ObjectId();
    const stored: StoredFileMetadata = { ...metadata, sealed: SEALED_FORMAT };
    const sealed = await this.personalData.sealBytes(metadata.tenantId, caseDataKeyId(metadata.caseId), content, fileContext(String(id), stored));
    const upload = this.bucket().openUploadStreamWithId(id, metadata.sha256, { metadata: stored });
    await new Promise<void>((resolve, reject) => {
      Readable.from([sealed])
        .pipe(upload)
        .on('finish', () => resolve())
        .on('error', reject);
    });
    return String(id);
  }

  async remove(id: string): Promise<void> {
    await this.bucket().delete(new ObjectId(id));
  }

  /** Deletes every file of a case (erasure); returns how many there were. */
  async removeCase(tenantId: string, caseId: string): Promise<number> {
    const files = await this.bucket().find({ 'metadata.tenantId': tenantId, 'metadata.caseId': caseId }).toArray();
    for (const file of files) await this.bucket().delete(file._id);
    return files.length;
  }

  /**
   * The file's plaintext, only if it belongs to this tenant and case (anything else looks like a
   * missing file); ERASED_FILE if its case's key was destroyed.
   */
  async read(id: string, tenantId: string, caseId: string): Promise<{ content: Buffer; contentType: string } | typeof ERASED_FILE | null> {
    if (!ObjectId.isValid(id)) return null;
    const [file] = await this.bucket()
      .find({ _id: new ObjectId(id), 'metadata.tenantId': tenantId, 'metadata.caseId': caseId })
      .toArray();
    if (!file) return null;
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      this.bucket()
        .openDownloadStream(file._id)
        .on('data', (c: Buffer) => chunks.push(c))
        .on('end', () => resolve())
        .on('error', reject);
    });
    const metadata = file.metadata as StoredFileMetadata;
    const stored = Buffer.concat(chunks);
    if (metadata.sealed !== SEALED_FORMAT) return { content: stored, contentType: metadata.contentType }; // stored before files were sealed
    try {
      const content = await this.personalData.openBytes(tenantId, caseDataKeyId(caseId), stored, fileContext(id, metadata));
      if (createHash('sha256').update(content).digest('hex') !== metadata.sha256)
        throw new Error(`document ${id}: content does not match its recorded SHA-256`);
      return { content, contentType: metadata.contentType };
    } catch (error) {
      if (error instanceof PersonalDataErasedError) return ERASED_FILE;
      throw error;
    }
  }
}
