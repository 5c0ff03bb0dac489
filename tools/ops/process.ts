// Where cases stall (docs/adr/0050, docs/runbook.md "Process mining"): the median and 90th percentile of
// each transition of a case per Riyadh month, and the slowest cases, from committee-review's GET /ops/process.
//   npm run -s process -- --tenant awj [--month 2026-12 | --from-month 2026-01 --to-month 2026-12] [--channel phone] [--service <id>] [--limit 10] [--json]
// The token: ATHAR_TOKEN when set (operations, the tenant's admin or its executive director), else the
// local realm's demo executive director of --tenant (npm run token).
import { parseArgs } from 'node:util';
import { serviceUrl } from '@athar/service-kit';
import { signInLocal } from '../token/keycloak-token';
import { runCommand, UsageError } from './ops-options';

const USAGE =
  'npm run -s process -- --tenant <tenant> [--month YYYY-MM | --from-month YYYY-MM --to-month YYYY-MM] [--channel <channel>] [--service <serviceId>] [--limit <n>] [--json]';

interface Report {
  tenant: string | null;
  fromMonth: string;
  toMonth: string;
  cases: number;
  months: Array<{
    month: string;
    hijri: string;
    transitions: Array<{ from: string; to: string; n: number; medianSeconds: number | null; p90Seconds: number | null }>;
  }>;
  slowest: Array<{
    caseId: string;
    caseNumber: string | null;
    channel: string | null;
    serviceId: string | null;
    kind: string;
    from: string;
    to: string;
    seconds: number;
  }>;
}

/** Seconds as a person reads a wait: 45s, 12m 05s, 3h 20m, 4d 06h. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const pad = (n: number) => String(n).padStart(2, '0');
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${pad(seconds % 60)}s`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h ${pad(Math.floor((seconds % 3600) / 60))}m`;
  return `${Math.floor(seconds / 86_400)}d ${pad(Math.floor((seconds % 86_400) / 3600))}h`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      month: { type: 'string' },
      'from-month': { type: 'string' },
      'to-month': { type: 'string' },
      channel: { type: 'string' },
      service: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.tenant) throw new UsageError('--tenant is required');
  if (values.month && (values['from-month'] || values['to-month'])) throw new UsageError('--month or --from-month/--to-month, not both');
  const query = new URLSearchParams({ tenant: values.tenant });
  const from = values.month ?? values['from-month'];
  const to = values.month ?? values['to-month'];
  if (from) query.set('fromMonth', from);
  if (to) query.set('toMonth', to);
  if (values.channel) query.set('channel', values.channel);
  if (values.service) query.set('serviceId', values.service);
  if (values.limit) query.set('limit', values.limit);
  const token = process.env.ATHAR_TOKEN || (await signInLocal({ tenantId: values.tenant, roles: ['executive-director'] }));
  const response = await fetch(`${serviceUrl('committee-review')}/ops/process?${query}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as unknown;
  if (!response.ok) {
    // The API's reasons, field by field (Arabic and English): a bad month, channel or service.
    console.error(`${response.status} ${JSON.stringify(body, null, 2)}`);
    return 1;
  }
  if (values.json) {
    console.log(JSON.stringify(body, null, 2));
    return 0;
  }
  const report = body as Report;
  console.log(`${report.tenant ?? 'every association'}: ${report.cases} case(s) with a milestone in ${report.fromMonth} … ${report.toMonth} (Riyadh months)`);
  for (const month of report.months) {
    if (month.transitions.every((t) => t.n === 0)) continue;
    console.log(`\n${month.month} (Hijri ${month.hijri})`);
    console.log(`${'transition'.padEnd(44)} ${'n'.padStart(6)} ${'median'.padStart(10)} ${'p90'.padStart(10)}`);
    for (const t of month.transitions)
      console.log(
        `${`${t.from} → ${t.to}`.padEnd(44)} ${String(t.n).padStart(6)} ${duration(t.medianSeconds).padStart(10)} ${duration(t.p90Seconds).padStart(10)}`,
      );
  }
  console.log(`\nslowest cases`);
  if (report.slowest.length === 0) console.log('(none)');
  for (const c of report.slowest)
    console.log(
      `${(c.caseNumber ?? c.caseId).padEnd(22)} ${duration(c.seconds).padStart(9)}  ${c.kind === 'stuck' ? `waiting at ${c.from} for ${c.to}` : `slowest: ${c.from} → ${c.to}`}  (${c.channel ?? '?'}, ${c.serviceId ?? '?'}, ${c.caseId})`,
    );
  return 0;
}

if (require.main === module) runCommand(USAGE, main);
