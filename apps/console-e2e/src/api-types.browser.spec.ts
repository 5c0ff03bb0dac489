import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConsoleUnderTest } from './console-under-test';

// The console's typed client is generated from the documents the services serve (docs/adr/0036): the
// committed types must be what the running services document, or the console is typed against a lie.
// openapi-typescript is an ES module jest cannot load, so the check runs as the CLI does.
describe("the console's API types", () => {
  it('are those the running services document (npm run console:api-types regenerates them)', async () => {
    const ui = ConsoleUnderTest.current();
    const root = join(__dirname, '..', '..', '..');
    const basePort = new URL(ui.serviceUrl('intake')).port;
    const run = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'tools/console/api-types.ts', '--check', '--base-port', basePort], {
      cwd: root,
    }).catch((error: { stdout: string; stderr: string }) => error);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('API types current');
  }, 120_000);
});
