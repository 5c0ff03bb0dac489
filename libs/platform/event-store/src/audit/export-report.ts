import type { RecordedEvent } from '@athar/contracts';
import { computeEventHash } from '../hash-chain';
import type { LeafRecord, SignedCheckpoint } from './checkpoint';
import { eventLeafHash } from './checkpoint';
import { verifyInclusion, type MerkleTree } from './merkle';
import type { Finding } from './verify-store';

/** What the export checked of its own bundle before writing it: the same checks the standalone verifier repeats. */
export interface BundleFindings {
  findings: Finding[];
  /** Events proven in the latest checkpoint by their inclusion proof. */
  proven: number;
  /** Events after the latest checkpoint: their chain only, until the next one. */
  after: number;
}

const where = (e: Pick<RecordedEvent, 'streamId' | 'revision' | 'globalPosition'>) => `${e.streamId} revision ${e.revision} (position ${e.globalPosition})`;

/**
 * The bundle's events checked as verify-bundle.mjs checks them (docs/adr/0043): each hash, each stream's
 * chain where consecutive revisions are present, and every leaf the latest checkpoint signed for the
 * selection against the event exported for it. The outside copy's own findings come first.
 */
export function checkBundle(
  events: readonly RecordedEvent[],
  signed: readonly LeafRecord[],
  latest: SignedCheckpoint,
  tree: MerkleTree,
  outsideFindings: readonly Finding[],
): BundleFindings {
  const findings: Finding[] = [...outsideFindings];
  const streams = new Map<string, RecordedEvent[]>();
  for (const e of events) {
    if (computeEventHash(e.previousHash, e) !== e.hash) findings.push({ where: where(e), problem: 'content does not match its hash' });
    streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e]);
  }
  for (const [id, list] of streams) {
    list.sort((a, b) => a.revision - b.revision);
    for (let i = 1; i < list.length; i += 1) {
      if (list[i].revision !== list[i - 1].revision + 1)
        findings.push({
          where: `${id} revision ${list[i - 1].revision + 1}`,
          problem: `missing: the stream goes from revision ${list[i - 1].revision} to ${list[i].revision}`,
        });
      else if (list[i].previousHash !== list[i - 1].hash) findings.push({ where: where(list[i]), problem: 'not chained to the previous event' });
    }
  }
  const byId = new Map(events.map((e) => [e.eventId, e]));
  const root = Buffer.from(latest.rootHash, 'hex');
  const proven = new Set<string>();
  for (const leaf of signed) {
    const e = byId.get(leaf.eventId);
    if (!e) {
      findings.push({ where: `${where(leaf)}, leaf ${leaf.index}`, problem: 'signed by the checkpoint but missing from the store (deleted?)' });
      continue;
    }
    if (verifyInclusion(eventLeafHash(e), leaf.index, latest.treeSize, tree.inclusionProof(leaf.index, latest.treeSize), root)) proven.add(e.eventId);
    else
      findings.push({
        where: where(e),
        problem: `not in checkpoint ${latest.treeSize}'s tree (rewritten or moved; signed as position ${leaf.globalPosition})`,
      });
  }
  const signedIds = new Set(signed.map((l) => l.eventId));
  for (const e of events)
    if (!signedIds.has(e.eventId) && BigInt(e.globalPosition) <= BigInt(latest.lastGlobalPosition))
      findings.push({ where: where(e), problem: `within checkpoint ${latest.treeSize}'s range but not among its leaves (inserted)` });
  const after = events.filter((e) => BigInt(e.globalPosition) > BigInt(latest.lastGlobalPosition)).length;
  return { findings, proven: proven.size, after };
}

export interface ReportInput {
  exportId: string;
  tenantId: string;
  caseId: string | null;
  from: string | null;
  to: string | null;
  reason: string;
  exportedBy: string;
  createdAt: string;
  events: readonly RecordedEvent[];
  checkpoints: readonly SignedCheckpoint[];
  verification: BundleFindings;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

// Umm al-Qura (the Kingdom's official Hijri calendar) and Gregorian, in Riyadh time, through Intl (ICU).
const TIME_ZONE = 'Asia/Riyadh';
const hijriAr = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-arab', { dateStyle: 'long', timeStyle: 'medium', timeZone: TIME_ZONE });
const hijriEn = new Intl.DateTimeFormat('en-GB-u-ca-islamic-umalqura', { dateStyle: 'long', timeZone: TIME_ZONE });
const gregorian = new Intl.DateTimeFormat('en-GB-u-ca-gregory', { dateStyle: 'medium', timeStyle: 'medium', timeZone: TIME_ZONE });

/** One instant as the report writes it: Hijri (Umm al-Qura) in Arabic, then Hijri in English and Gregorian, and the exact UTC instant. */
export function dualDate(iso: string): string {
  const at = new Date(iso);
  return (
    `<span class="date"><span data-calendar="islamic-umalqura" lang="ar">${escape(hijriAr.format(at))}</span>` +
    ` <span lang="en" dir="ltr">(${escape(hijriEn.format(at))} · <span data-calendar="gregory">${escape(gregorian.format(at))}</span> Riyadh)</span>` +
    ` <code dir="ltr">${escape(iso)}</code></span>`
  );
}

/** The subject a stream is about (a case, a round…): the last segment of `<context>.<aggregate>.<tenant>.<id>`. */
const subjectOf = (streamId: string) => streamId.split('.').slice(3).join('.');
const serviceOf = (streamId: string) => streamId.split('.')[0];

const both = (ar: string, en: string) => `${escape(ar)} <span lang="en" dir="ltr">— ${escape(en)}</span>`;

/**
 * The bundle's report for a person (docs/auditors-guide.md): self-contained HTML (no external asset),
 * Arabic first with English beside it; each subject's timeline in the store's order with Hijri and
 * Gregorian dates, the checkpoints, and what the export's verification found. Personal fields are not
 * written: the events stay as stored (sealed or erased) in events.jsonl.
 */
export function renderReport(input: ReportInput): string {
  const { verification } = input;
  const subjects = new Map<string, RecordedEvent[]>();
  const ordered = [...input.events].sort((a, b) => {
    const [x, y] = [BigInt(a.globalPosition), BigInt(b.globalPosition)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (const e of ordered) subjects.set(subjectOf(e.streamId), [...(subjects.get(subjectOf(e.streamId)) ?? []), e]);
  const ok = verification.findings.length === 0;
  const timeline = [...subjects.entries()]
    .map(
      ([subject, events]) => `
<section class="subject" data-subject="${escape(subject)}">
<h3>${both('الموضوع', 'Subject')} <code dir="ltr">${escape(subject)}</code> (${events.length})</h3>
<table>
<thead><tr><th>#</th><th>${both('وقت التسجيل', 'Recorded')}</th><th>${both('الخدمة', 'Service')}</th><th>${both('الحدث', 'Event')}</th><th>${both('الفاعل', 'Actor')}</th><th>${both('الارتباط والسبب', 'Correlation and cause')}</th></tr></thead>
<tbody>
${events
  .map(
    (e, i) =>
      `<tr data-event="${escape(e.eventId)}"><td>${i + 1}</td><td>${dualDate(e.recordedAt)}</td><td dir="ltr">${escape(serviceOf(e.streamId))}</td>` +
      `<td dir="ltr">${escape(e.type)} v${e.version}<br><small>${escape(e.streamId)} r${e.revision} @${escape(e.globalPosition)}</small></td>` +
      `<td dir="ltr">${escape(e.actor.role)} · ${escape(e.actor.id)} · ${escape(e.actor.channel)}</td>` +
      `<td dir="ltr"><code>${escape(e.correlationId)}</code><br><small>${e.causationId ? `← <code>${escape(e.causationId)}</code>` : '—'}</small></td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</section>`,
    )
    .join('\n');
  const checkpoints = input.checkpoints
    .map(
      (c) =>
        `<tr><td>${c.treeSize}</td><td><code dir="ltr">${escape(c.rootHash)}</code></td><td>${escape(c.lastGlobalPosition)}</td><td>${dualDate(c.signedAt)}</td><td><code dir="ltr">${escape(c.keyId)}</code></td></tr>`,
    )
    .join('\n');
  const latest = input.checkpoints[input.checkpoints.length - 1];
  const findings = ok
    ? `<p class="ok" data-verdict="verified">${both('لم يُعثر على أي مشكلة', 'No problem found')}: ${both(
        `${verification.proven} حدثًا مثبتًا في نقطة التحقق ${latest?.treeSize ?? '-'}، و${verification.after} بعدها (سلسلتها فقط)`,
        `${verification.proven} event(s) proven in checkpoint ${latest?.treeSize ?? '-'}, ${verification.after} after it (chain only)`,
      )}</p>`
    : `<p class="broken" data-verdict="broken">${both(`${verification.findings.length} مشكلة`, `${verification.findings.length} problem(s)`)}</p>
<ul>${verification.findings.map((f) => `<li dir="ltr">BROKEN ${escape(f.where)}: ${escape(f.problem)}</li>`).join('\n')}</ul>`;
  const row = (ar: string, en: string, value: string) => `<tr><th>${both(ar, en)}</th><td>${value}</td></tr>`;
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تقرير حزمة التدقيق — Audit bundle report ${escape(input.exportId)}</title>
<style>
body{font-family:system-ui,"Segoe UI",Tahoma,sans-serif;margin:1.5rem;line-height:1.6;color:#111}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:start;vertical-align:top}
thead th{background:#eef}
code{font-size:.85em;overflow-wrap:anywhere}
small{color:#333}
.ok{color:#0a5d00;font-weight:600}.broken{color:#a00000;font-weight:600}
[lang=en]{color:#333}
</style>
</head>
<body>
<h1>${both('تقرير حزمة التدقيق', 'Audit bundle report')}</h1>
<table class="meta">
${row('رقم التصدير', 'Export', `<code dir="ltr">${escape(input.exportId)}</code>`)}
${row('الجمعية', 'Tenant', `<code dir="ltr">${escape(input.tenantId)}</code>`)}
${row('الحالة', 'Case', input.caseId ? `<code dir="ltr">${escape(input.caseId)}</code>` : both('كل الحالات', 'every case'))}
${row('الفترة', 'Period', `${input.from ? dualDate(input.from) : '—'} … ${input.to ? dualDate(input.to) : '—'}`)}
${row('صدّرها', 'Exported by', `<code dir="ltr">${escape(input.exportedBy)}</code>`)}
${row('السبب', 'Reason', escape(input.reason))}
${row('وقت التصدير', 'Exported at', dualDate(input.createdAt))}
</table>
<p>${both(
    'هذا التقرير جزء من الحزمة ومُدرج في manifest.json ببصمته SHA-256؛ تحقق من الحزمة كلها بنفسك: node verify-bundle.mjs <مجلد الحزمة>',
    'This report is part of the bundle and listed in manifest.json with its SHA-256; verify the whole bundle yourself: node verify-bundle.mjs <bundle dir>',
  )}</p>
<h2>${both('ما وجده التحقق عند التصدير', 'What the verification found at export')}</h2>
${findings}
<h2>${both('نقاط التحقق الموقّعة', 'Signed checkpoints')}</h2>
<table class="checkpoints">
<thead><tr><th>${both('عدد الأوراق', 'Tree size')}</th><th>${both('الجذر', 'Root')}</th><th>${both('آخر موضع', 'Last position')}</th><th>${both('وقت التوقيع', 'Signed')}</th><th>${both('المفتاح', 'Key')}</th></tr></thead>
<tbody>
${checkpoints}
</tbody>
</table>
<h2>${both('الخط الزمني', 'Timeline')}</h2>
<p>${both('حسب ترتيب التسجيل في المخزن؛ البيانات الشخصية لا تُكتب هنا (تبقى مشفرة أو ممسوحة في events.jsonl).', "In the store's order of recording; personal data is not written here (it stays sealed or erased in events.jsonl).")}</p>
${timeline || `<p>${both('لا أحداث', 'No events')}</p>`}
</body>
</html>
`;
}
