import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prebuiltWorkflowBundle, workflowBundlePath } from './temporal-runtime';

describe('prebuiltWorkflowBundle (docs/adr/0051)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'athar-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the bundle the build wrote beside compiled workflows, the traced one only with tracing on', () => {
    const workflows = join(dir, 'workflows.js');
    expect(prebuiltWorkflowBundle(workflows, false)).toBeUndefined();
    writeFileSync(workflowBundlePath(workflows, false), '');
    expect(prebuiltWorkflowBundle(workflows, false)).toBe(join(dir, 'workflows.bundle.js'));
    expect(prebuiltWorkflowBundle(workflows, true)).toBeUndefined();
    writeFileSync(workflowBundlePath(workflows, true), '');
    expect(prebuiltWorkflowBundle(workflows, true)).toBe(join(dir, 'workflows.traced.bundle.js'));
  });

  it('never applies to the TypeScript sources: the worker bundles them itself', () => {
    writeFileSync(join(dir, 'workflows.bundle.ts'), '');
    expect(prebuiltWorkflowBundle(join(dir, 'workflows.ts'), false)).toBeUndefined();
  });
});
