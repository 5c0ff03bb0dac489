// Signed checkpoints on the running platform (docs/adr/0043): cases flow through the five services, the
// services' own checkpointer signs them (every CHECKPOINT_EVERY_SECONDS on this platform), and an
// auditor's commands verify them: npm run audit -- verify, verify --event (its inclusion proof checked
// against the signed root and key), and a tenant's export verified by the standalone verifier as a
// separate node process. Nothing here tampers with the shared store (tamper-evidence.int.spec.ts does,
// on a schema of its own).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStoreFromEnv, eventLeafHash, loadPublicKeys, verifyCheckpointSignature, verifyInclusion, type CheckpointFile } from '@athar/event-store';
import { applicationBody, CHECKPOINT_EVERY_SECONDS, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(240_000);
const ROOT = join(__dirname, '..', '..', '..');
const platform = PlatformUnderTest.current();
const env = { ...process.env, ...platform.auditEnv, NO_COLOR: '1' };
const checkpointDir = platform.auditEnv.ATHAR_CHECKPOINT_DIR!;
const work = mkdtempSync(join(tmpdir(), 'athar-audit-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}
const audit = (...args: string[]) => run('npm', ['run', '-s', 'audit', '--', ...args]);

/** The outside copy the services wrote (one file per checkpoint, written before the store's row). */
function outsideCopy(): CheckpointFile[] {
  const folder = join(checkpointDir, `${platform.instance}_events`);
  try {
    return readdirSync(folder)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => JSON.parse(readFileSync(join(folder, n), 'utf8')) as CheckpointFile);
  } catch {
    return [];
  }
}

async function newCase(tenantId: string, serviceId: string, channel: string): Promise<string> {
  const response = await fetch(`${platform.url('intake')}/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await platform.token(tenantId)}`, 'content-type': 'application/json' },
    body: JSON.stringify(applicationBody(serviceId, channel)),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { caseId: string }).caseId;
}

describe('signed checkpoints of the running platform', () => {
  let caseId: string;
  let eventId: string;

  beforeAll(async () => {
    caseId = await newCase('awj', 'member-service', 'website');
    await newCase('tuwaiq', 'job-seeker-training', 'interview');
    const store = await createEventStoreFromEnv(env);
    try {
      const events = await eventually(async () => {
        const found = (await store.readAll({ streamPrefixes: ['intake.application.awj.'] })).filter((e) => e.streamId.endsWith(caseId));
        return found.length > 0 ? found : undefined;
      });
      eventId = events.value[0].eventId;
    } finally {
      await store.close();
    }
  });

  it('the services sign a checkpoint covering the new case within a few rounds, with nobody asking', async () => {
    const { value: files, ms } = await eventually(async () => {
      const files = outsideCopy();
      return files.some((f) => f.leaves.some((l) => l.eventId === eventId)) ? files : undefined;
    }, 60_000);
    const keys = loadPublicKeys(readdirSync(join(checkpointDir, 'keys')).map((n) => join(checkpointDir, 'keys', n)));
    for (const f of files) expect(verifyCheckpointSignature(f.checkpoint, keys)).toBeNull();
    // every M seconds plus a round (at most M s apart) and the time the case's events took to be written
    expect(ms).toBeLessThan(CHECKPOINT_EVERY_SECONDS * 1000 * 2 + 10_000);
  });

  it('npm run audit -- verify passes against the store and the services’ checkpoints', async () => {
    const { code, out } = await audit('verify');
    expect(out).toMatch(/\d+ stream\(s\), \d+ event\(s\), [1-9]\d* checkpoint\(s\); latest checkpoint \d+ of .*; 0 problem\(s\)/);
    expect(out).not.toContain('BROKEN');
    expect(code).toBe(0);
  });

  it('verify --event prints an inclusion proof that checks against the signed root', async () => {
    const { code, out } = await audit('verify', '--event', eventId);
    expect(code).toBe(0);
    const proof = JSON.parse(out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1)) as {
      eventId: string;
      globalPosition: string;
      leafIndex: number;
      treeSize: number;
      rootHash: string;
      path: string[];
    };
    expect(out).toContain(`included in checkpoint ${proof.treeSize}`);
    // checked here as an auditor would: the root is one the key signed, the event as stored leads to it
    const signed = outsideCopy().find((f) => f.checkpoint.treeSize === proof.treeSize)!.checkpoint;
    expect(signed.rootHash).toBe(proof.rootHash);
    const keys = loadPublicKeys(readdirSync(join(checkpointDir, 'keys')).map((n) => join(checkpointDir, 'keys', n)));
    expect(verifyCheckpointSignature(signed, keys)).toBeNull();
    const store = await createEventStoreFromEnv(env);
    try {
      const [stored] = (await store.readAll({ after: (BigInt(proof.globalPosition) - 1n).toString(), maxCount: 1 })).filter((e) => e.eventId === eventId);
      const path = proof.path.map((h) => Buffer.from(h, 'hex'));
      expect(verifyInclusion(eventLeafHash(stored), proof.leafIndex, proof.treeSize, path, Buffer.from(proof.rootHash, 'hex'))).toBe(true);
      // a path that proves nothing else: the same proof does not hold for another leaf hash
      expect(
        verifyInclusion(eventLeafHash({ ...stored, hash: '0'.repeat(64) }), proof.leafIndex, proof.treeSize, path, Buffer.from(proof.rootHash, 'hex')),
      ).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('an export of one tenant verifies with the standalone verifier, run as its own node process', async () => {
    const out = join(work, 'awj-bundle');
    const exported = await audit('export', '--tenant', 'awj', '--out', out, '--reason', 'e2e: an auditor’s request', '--by', 'e2e-auditor');
    expect(exported.out).toMatch(/exported \d+ event\(s\), [1-9]\d* inclusion proof\(s\) against checkpoint \d+/);
    expect(exported.code).toBe(0);
    const events = readFileSync(join(out, 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { tenantId: string; streamId: string });
    expect(events.some((e) => e.streamId.endsWith(caseId))).toBe(true);
    expect(events.filter((e) => e.tenantId !== 'awj')).toEqual([]);
    const pinned = readdirSync(join(checkpointDir, 'keys')).flatMap((n) => ['--public-key', join(checkpointDir, 'keys', n)]);
    const verified = await run(process.execPath, [join(ROOT, 'tools', 'audit', 'standalone', 'verify-bundle.mjs'), out, ...pinned]);
    expect(verified.out).toMatch(/\(tenant awj\): \d+ event\(s\) in \d+ stream\(s\), [1-9]\d* proven in checkpoint \d+ .*; 0 problem\(s\)/);
    expect(verified.code).toBe(0);
  });
});
