import { createHash, randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { sampleEvent } from '../testing/sample-event';
import { ensureSigningKey, loadPublicKeys } from './checkpoint';
import { FileCheckpointSink } from './checkpoint-sink';
import { Checkpointer } from './checkpointer';
import { exportBundle } from './export-bundle';

// The bundle's human-readable report (docs/auditors-guide.md, docs/adr/0043): written by a real export from
// the real store, self-contained, Arabic right to left with English beside it, each case's timeline with
// Umm al-Qura and Gregorian dates, the checkpoints and what the verification found; listed in the manifest,
// so the standalone verifier fails a tampered report.
jest.setTimeout(120_000);
const url = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
const VERIFIER = join(__dirname, '..', '..', '..', '..', '..', 'tools', 'audit', 'standalone', 'verify-bundle.mjs');
const POLICIES = join(__dirname, '..', '..', '..', 'tenancy', 'policies');
const raw = new Pool({ connectionString: url });
const work = mkdtempSync(join(tmpdir(), 'athar-report-'));
const { signer } = ensureSigningKey(join(work, 'checkpoint.key'));
afterAll(async () => {
  await raw.end();
  rmSync(work, { recursive: true, force: true });
});

async function arranged() {
  const schema = `it_report_${randomUUID().slice(0, 8)}`;
  const store = new PostgresEventStore({ connectionString: url, schema });
  await store.ensureSchema();
  const caseId = randomUUID();
  const application = `intake.application.awj.${caseId}`;
  const assessment = `eligibility.assessment.awj.${caseId}`;
  const other = `intake.application.awj.${randomUUID()}`;
  await store.appendToStream(application, [sampleEvent('awj', {}, 'ApplicationSubmitted')], 'no_stream');
  await store.appendToStream(assessment, [sampleEvent('awj', {}, 'EligibilityAssessed')], 'no_stream');
  await store.appendToStream(other, [sampleEvent('awj', {}, 'ApplicationSubmitted')], 'no_stream');
  await store.appendToStream(application, [sampleEvent('awj', {}, 'ApplicationAccepted')], 0);
  const sink = new FileCheckpointSink(join(work, schema));
  const checkpointer = new Checkpointer(store, store.checkpointLog(), sink, signer, { everyEvents: 1000, everySeconds: 60 });
  const checkpoint = await checkpointer.runOnce(true);
  const exportCase = async (label: string) => {
    const out = join(work, `${schema}-${label}`);
    const result = await exportBundle(store, await sink.list(schema), loadPublicKeys(sink.publicKeyFiles()), sink.publicKeyFiles(), POLICIES, {
      tenantId: 'awj',
      caseId,
      reason: 'تدقيق سنوي annual audit',
      exportedBy: 'auditor-1',
      out,
    });
    return { out, result, report: readFileSync(join(out, 'report.html'), 'utf8') };
  };
  return { schema, store, caseId, application, other, checkpoint: checkpoint!, exportCase };
}

const verifyBundle = (dir: string) => spawnSync(process.execPath, [VERIFIER, dir], { encoding: 'utf8' });

describe("an export bundle's report", () => {
  it('shows the case timeline in Hijri and Gregorian, the checkpoints and a clean verification; the manifest covers it; a tampered report fails the verifier', async () => {
    const w = await arranged();
    const { out, result, report } = await w.exportCase('clean');
    const events = readFileSync(join(out, 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { eventId: string; recordedAt: string; type: string });
    expect(events.map((e) => e.type)).toEqual(['ApplicationSubmitted', 'EligibilityAssessed', 'ApplicationAccepted']);

    expect(report).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(report).toContain('Audit bundle report');
    expect(report).toContain('تقرير حزمة التدقيق');
    // Self-contained: no script, no external stylesheet, image or link.
    expect(report).not.toMatch(/<script|<link|<img|src=|href=|url\(/i);
    // The case's timeline: its three events in the store's order, each with its Umm al-Qura and Gregorian date.
    const rows = [...report.matchAll(/<tr data-event="([^"]+)">(.*?)<\/tr>/g)];
    expect(rows.map((m) => m[1])).toEqual(events.map((e) => e.eventId));
    const at = new Date(events[0].recordedAt);
    const hijri = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-arab', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Asia/Riyadh' }).format(
      at,
    );
    const gregorian = new Intl.DateTimeFormat('en-GB-u-ca-gregory', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Riyadh' }).format(at);
    expect(rows[0][2]).toContain(hijri);
    expect(hijri).toMatch(/هـ/);
    expect(rows[0][2]).toContain(gregorian);
    expect(rows[0][2]).toContain('ApplicationSubmitted');
    expect(report).not.toContain(w.other.split('.').pop());
    // The checkpoint and what the verification found.
    expect(report).toContain(w.checkpoint.rootHash);
    expect(report).toContain('data-verdict="verified"');
    expect(report).toContain('3 event(s) proven in checkpoint 4');
    expect(report).toContain('تدقيق سنوي annual audit');

    // Listed in the manifest with its SHA-256; the export event names who, why and the manifest's hash.
    const manifestText = readFileSync(join(out, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(manifestText) as { files: Record<string, string> };
    expect(manifest.files['report.html']).toBe(createHash('sha256').update(report).digest('hex'));
    // the association's policy in force and each earlier version it kept (docs/adr/0044), and no other association's
    expect(Object.keys(manifest.files).filter((f) => f.startsWith('policies/'))).toEqual(['policies/awj.policy.json', 'policies/awj.v1.policy.json']);
    const [exported] = await w.store.readAll({ streamPrefixes: [`audit.exports.awj.${result.exportId}`] });
    expect([exported.type, exported.actor.id, exported.data]).toMatchObject([
      'AuditBundleExported',
      'auditor-1',
      { caseId: w.caseId, reason: 'تدقيق سنوي annual audit', manifestSha256: createHash('sha256').update(manifestText).digest('hex') },
    ]);

    const clean = verifyBundle(out);
    expect(clean.stdout).toMatch(/0 problem\(s\)/);
    expect(clean.status).toBe(0);
    // One changed word in the report: the verifier names it.
    writeFileSync(join(out, 'report.html'), report.replace('No problem found', 'No problems found'));
    const tampered = verifyBundle(out);
    expect(tampered.stdout).toContain('BROKEN  report.html: its SHA-256 differs from the manifest');
    expect(tampered.status).toBe(1);
    await w.store.dropSchema();
    await w.store.close();
  });

  it('names in the report what the verification found when the store was edited after the checkpoint', async () => {
    const w = await arranged();
    await raw.query(`UPDATE "${w.schema}".events SET data = jsonb_set(data, '{note}', '"changed"') WHERE stream_id = $1 AND revision = 1`, [w.application]);
    const { report } = await w.exportCase('edited');
    expect(report).toContain('data-verdict="broken"');
    expect(report).toMatch(new RegExp(`BROKEN ${w.application} revision 1 \\(position \\d+\\): content does not match its hash`));
    await w.store.dropSchema();
    await w.store.close();
  });
});
