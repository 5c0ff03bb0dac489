import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RecordedEvent } from '@athar/contracts';
import type { EventStore } from '../event-store.port';
import { isTreeLeaf, type LeafRecord } from './checkpoint';
import type { CheckpointFile } from './checkpoint-sink';
import { checkBundle, renderReport } from './export-report';
import { checkOutsideCopy } from './verify-store';
import type { KeyObject } from 'node:crypto';

export interface ExportRequest {
  tenantId: string;
  caseId?: string;
  /** Inclusive bounds on recordedAt (ISO instants). */
  from?: string;
  to?: string;
  reason: string;
  exportedBy: string;
  out: string;
}

export interface ExportResult {
  exportId: string;
  events: number;
  proofs: number;
  treeSize: number;
  manifestSha256: string;
}

export const EXPORT_STREAM_PREFIX = 'audit.exports.';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** A stream belongs to the export: the tenant's, and with a case, one whose id ends with `.<caseId>`. */
function selects(request: ExportRequest, item: { tenantId: string; streamId: string; recordedAt: string }): boolean {
  if (item.tenantId !== request.tenantId) return false;
  if (item.streamId.startsWith(EXPORT_STREAM_PREFIX)) return false;
  if (request.caseId && !item.streamId.endsWith(`.${request.caseId}`)) return false;
  if (request.from && item.recordedAt < request.from) return false;
  if (request.to && item.recordedAt > request.to) return false;
  return true;
}

/**
 * Writes an offline-verifiable bundle (docs/auditors-guide.md): the tenant's events as stored, and for
 * every leaf the outside copy signed for that selection its inclusion proof against the latest
 * checkpoint; the checkpoints with consistency proofs between them; the public keys; the tenant's
 * policy files; a manifest of SHA-256s. Then records the export itself as an event.
 */
export async function exportBundle(
  store: EventStore,
  files: CheckpointFile[],
  publicKeys: Map<string, KeyObject>,
  publicKeyFiles: string[],
  policyDir: string,
  request: ExportRequest,
): Promise<ExportResult> {
  if (!request.reason.trim()) throw new Error('an export needs a reason');
  const outside = checkOutsideCopy(files, publicKeys);
  const latest = outside.checkpoints[outside.checkpoints.length - 1];
  if (!latest) throw new Error('no signed checkpoint in the outside copy yet: run npm run audit -- checkpoint first');

  const events: RecordedEvent[] = [];
  for (let after = '0'; ;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) break;
    events.push(...page.filter((e) => isTreeLeaf(e) && selects(request, e)));
    after = page[page.length - 1].globalPosition;
  }
  // Proofs come from the outside copy: the leaves the checkpoint signed, whatever the store holds now.
  const signed: LeafRecord[] = outside.leaves.slice(0, latest.treeSize).filter((leaf) => selects(request, leaf));

  mkdirSync(join(request.out, 'keys'), { recursive: true });
  mkdirSync(join(request.out, 'policies'), { recursive: true });
  writeFileSync(join(request.out, 'events.jsonl'), events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : ''));
  writeFileSync(
    join(request.out, 'checkpoints.json'),
    JSON.stringify(
      outside.checkpoints.map((checkpoint, i) => ({
        checkpoint,
        consistencyFromPrevious:
          i === 0 || checkpoint.treeSize > outside.tree.size
            ? []
            : outside.tree.consistencyProof(outside.checkpoints[i - 1].treeSize, checkpoint.treeSize).map((h) => h.toString('hex')),
      })),
      null,
      1,
    ),
  );
  writeFileSync(
    join(request.out, 'proofs.json'),
    JSON.stringify(
      {
        treeSize: latest.treeSize,
        rootHash: latest.rootHash,
        leaves: signed.map((leaf) => ({ ...leaf, path: outside.tree.inclusionProof(leaf.index, latest.treeSize).map((h) => h.toString('hex')) })),
      },
      null,
      1,
    ),
  );
  for (const file of publicKeyFiles) copyFileSync(file, join(request.out, 'keys', basename(file)));
  for (const name of existsSync(policyDir) ? readdirSync(policyDir) : [])
    if (name.endsWith('.policy.json') && JSON.parse(readFileSync(join(policyDir, name), 'utf8')).tenantId === request.tenantId)
      copyFileSync(join(policyDir, name), join(request.out, 'policies', name));
  // the association's earlier policy versions, kept whole (docs/adr/0044): `<tenant>.v<N>.policy.json`
  const kept = join(policyDir, 'history', request.tenantId);
  for (const name of existsSync(kept) ? readdirSync(kept) : [])
    if (/^v[1-9][0-9]*\.policy\.json$/.test(name)) copyFileSync(join(kept, name), join(request.out, 'policies', `${request.tenantId}.${name}`));

  const exportId = randomUUID();
  const createdAt = new Date().toISOString();
  // The report a person reads (docs/auditors-guide.md): listed in the manifest, so a tampered report fails verification too.
  writeFileSync(
    join(request.out, 'report.html'),
    renderReport({
      exportId,
      tenantId: request.tenantId,
      caseId: request.caseId ?? null,
      from: request.from ?? null,
      to: request.to ?? null,
      reason: request.reason,
      exportedBy: request.exportedBy,
      createdAt,
      events,
      checkpoints: outside.checkpoints,
      verification: checkBundle(events, signed, latest, outside.tree, outside.findings),
    }),
  );
  const listed = [
    'report.html',
    'events.jsonl',
    'checkpoints.json',
    'proofs.json',
    ...readdirSync(join(request.out, 'keys')).map((n) => `keys/${n}`),
    ...readdirSync(join(request.out, 'policies')).map((n) => `policies/${n}`),
  ];
  const manifest = {
    format: 'athar-audit-bundle/v1',
    exportId,
    store: latest.store,
    tenantId: request.tenantId,
    caseId: request.caseId ?? null,
    from: request.from ?? null,
    to: request.to ?? null,
    reason: request.reason,
    exportedBy: request.exportedBy,
    createdAt,
    files: Object.fromEntries(listed.map((name) => [name, sha256(readFileSync(join(request.out, name)))])),
  };
  const manifestText = `${JSON.stringify(manifest, null, 1)}\n`;
  writeFileSync(join(request.out, 'manifest.json'), manifestText);
  const manifestSha256 = sha256(manifestText);

  // The export is itself an audited fact: who, what, why (Tuwaiq 6-5; docs/adr/0043).
  await store.appendToStream(
    `${EXPORT_STREAM_PREFIX}${request.tenantId}.${exportId}`,
    [
      {
        eventId: randomUUID(),
        type: 'AuditBundleExported',
        version: 1,
        tenantId: request.tenantId,
        occurredAt: manifest.createdAt,
        actor: { id: request.exportedBy, role: 'auditor', channel: 'system' },
        correlationId: exportId,
        causationId: null,
        data: {
          exportId,
          caseId: manifest.caseId,
          from: manifest.from,
          to: manifest.to,
          reason: request.reason,
          events: events.length,
          treeSize: latest.treeSize,
          manifestSha256,
        },
      },
    ],
    'no_stream',
  );
  return { exportId, events: events.length, proofs: signed.length, treeSize: latest.treeSize, manifestSha256 };
}
