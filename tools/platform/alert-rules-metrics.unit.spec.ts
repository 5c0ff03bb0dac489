import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * An alert rule that selects a metric no service exports stays silent for ever, and promtool's own tests
 * (alerts.test.yml) cannot tell: they feed the rule the series it names. This reads every `athar_…`
 * metric the rules select and finds where the services' code declares it by name (docs/adr/0047).
 */
describe('the alert rules read only metrics the services declare', () => {
  const root = join(__dirname, '..', '..');
  const rules = parse(readFileSync(join(root, 'infra/observability/alerts.yml'), 'utf8')) as {
    groups: Array<{ rules: Array<{ alert: string; expr: string }> }>;
  };
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
      return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
    });
  const declared = new Set(
    [...sources(join(root, 'libs')), ...sources(join(root, 'apps'))].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/name:\s*['`](athar_[a-z0-9_]+)['`]|\(\s*'(athar_[a-z0-9_]+)'/g)].map((m) => m[1] ?? m[2]),
    ),
  );
  const selected = [
    ...new Set(
      rules.groups.flatMap((g) =>
        g.rules.flatMap((r) => [...r.expr.matchAll(/\b(athar_[a-z0-9_]+)\b/g)].map((m) => `${r.alert} ${m[1].replace(/_(bucket|sum|count)$/, '')}`)),
      ),
    ),
  ].map((pair) => pair.split(' ') as [string, string]);

  it('finds the rules and the declared metrics', () => {
    expect(selected.length).toBeGreaterThan(10);
    expect(declared.has('athar_consumer_events_handled_total')).toBe(true);
  });

  it.each(selected)('%s reads %s, which the code declares', (_alert, metric) => {
    expect(declared).toContain(metric);
  });
});
