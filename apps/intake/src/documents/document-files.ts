import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { GridFSBucket, ObjectId } from 'mongodb';
import type { Connection } from 'mongoose';
import { Readable } from 'node:stream';

export interface StoredFileMetadata {
  tenantId: string;
  caseId: string;
  sha256: string;
  contentType: string;
}

/** Document bytes in GridFS (bucket `documents` of intake's database); events keep only their hash. */
@Injectable()
export class DocumentFiles {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private bucket(): GridFSBucket {
    if (!this.connection.db) throw new Error('MongoDB not connected');
    return new GridFSBucket(this.connection.db, { bucketName: 'documents' });
  }

  /** The file's name is personal data: it stays in the (encrypted) DocumentAttached event, GridFS gets the hash. */
  async save(content: Buffer, metadata: StoredFileMetadata): Promise<string> {
    const upload = this.bucket().openUploadStream(metadata.sha256, { metadata });
    await new Promise<void>((resolve, reject) => {
      Readable.from(content).pipe(upload).on('finish', () => resolve()).on('error', reject);
    });
    return String(upload.id);
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

  /** The file, only if it belongs to this tenant and case (anything else looks like a missing file). */
  async read(id: string, tenantId: string, caseId: string): Promise<{ content: Buffer; contentType: string } | null> {
    if (!ObjectId.isValid(id)) return null;
    const [file] = await this.bucket().find({ _id: new ObjectId(id), 'metadata.tenantId': tenantId, 'metadata.caseId': caseId }).toArray();
    if (!file) return null;
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      this.bucket().openDownloadStream(file._id).on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve()).on('error', reject);
    });
    return { content: Buffer.concat(chunks), contentType: (file.metadata as StoredFileMetadata).contentType };
  }
}
