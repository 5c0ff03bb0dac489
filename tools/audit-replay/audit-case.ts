// Replays a case as of an instant, or re-runs its decisions, through intake's audit API (ADR 0044), as
// the tenant's auditor: the same endpoint, the same checks, the same read log as any auditor's call.
//   npm run audit-case -- --tenant tuwaiq --case <caseId> [--as-of 2026-03-01T09:00:00Z] [--purpose "…"] [--decisions] [--json]
//   npm run audit-case -- --tenant tuwaiq --round <roundId> --decisions
// The token: ATHAR_TOKEN when set (an auditor's), else the local realm's demo auditor (npm run token).
import { parseArgs } from 'node:util';
import { serviceUrl } from '@athar/service-kit';
import { signInLocal } from '../token/keycloak-token';

interface Replay {
  asOf: string;
  basis: string;
  events: Array<{ recordedAt: string; service: string; type: string; actor: { id: string; role: string }; correlationId: string; causationId: string | null }>;
  state: Record<string, unknown>;
}
interface Decisions {
  decisions: Array<{
    type: string;
    recordedAt: string;
    verdict: string;
    differences: Array<{ path: string; recorded: string; reproduced: string }>;
    reason?: { en: string };
  }>;
  summary: { same: number; differs: number; cannotReproduce: number };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      case: { type: 'string' },
      round: { type: 'string' },
      'as-of': { type: 'string' },
      purpose: { type: 'string' },
      decisions: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.tenant || (!values.case && !values.round) || (values.round && !values.decisions)) {
    process.stderr.write(
      'usage: npm run audit-case -- --tenant <tenant> --case <caseId> [--as-of <instant>] [--purpose <why>] [--decisions] [--json]\n' +
        '       npm run audit-case -- --tenant <tenant> --round <roundId> --decisions [--json]\n',
    );
    process.exitCode = 2;
    return;
  }
  const token = process.env.ATHAR_TOKEN || (await signInLocal({ tenantId: values.tenant, roles: ['auditor'] }));
  const query = new URLSearchParams();
  if (!values.decisions && values['as-of']) query.set('asOf', values['as-of']);
  if (!values.decisions && values.purpose) query.set('purpose', values.purpose);
  const path = values.round
    ? `/audit/rounds/${values.round}/decisions`
    : `/audit/cases/${values.case}${values.decisions ? '/decisions' : ''}${query.size > 0 ? `?${query}` : ''}`;
  const response = await fetch(`${serviceUrl('intake')}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as unknown;
  if (!response.ok) {
    process.stderr.write(`${response.status} ${JSON.stringify(body, null, 2)}\n`);
    process.exitCode = 1;
    return;
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  if (values.decisions) {
    const { decisions, summary } = body as Decisions;
    for (const d of decisions) {
      process.stdout.write(`${d.recordedAt}  ${d.type.padEnd(22)} ${d.verdict}${d.reason ? `: ${d.reason.en}` : ''}\n`);
      for (const diff of d.differences) process.stdout.write(`    ${diff.path}: recorded ${diff.recorded}, re-run ${diff.reproduced}\n`);
    }
    process.stdout.write(`same ${summary.same}, differs ${summary.differs}, cannot reproduce ${summary.cannotReproduce}\n`);
    // a decision that differs or cannot be reproduced is a finding: exit 1, as verify-chain does for a broken chain
    if (summary.differs + summary.cannotReproduce > 0) process.exitCode = 1;
    return;
  }
  const replay = body as Replay;
  process.stdout.write(`as of ${replay.asOf} (by ${replay.basis}: what the platform knew then), ${replay.events.length} events\n`);
  for (const e of replay.events)
    process.stdout.write(
      `${e.recordedAt}  ${e.service.padEnd(18)} ${e.type.padEnd(28)} by ${e.actor.id} (${e.actor.role})  correlation ${e.correlationId}${e.causationId ? `  caused by ${e.causationId}` : ''}\n`,
    );
  process.stdout.write(`state:\n${JSON.stringify(replay.state, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n(is the platform started? npm start)\n`);
  process.exit(1);
});
