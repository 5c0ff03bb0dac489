import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runsCompiled, serviceArgs } from './platform';

describe('how the launcher runs a service (docs/adr/0005, 0051)', () => {
  it('runs the TypeScript sources unless told to run compiled (the option first, then ATHAR_RUN_COMPILED=1)', () => {
    expect(runsCompiled({}, {})).toBe(false);
    expect(runsCompiled({}, { ATHAR_RUN_COMPILED: '1' })).toBe(true);
    expect(runsCompiled({ compiled: false }, { ATHAR_RUN_COMPILED: '1' })).toBe(false);
    expect(runsCompiled({ compiled: true }, {})).toBe(true);
    expect(serviceArgs('intake', false)).toEqual(['-r', '@swc-node/register', join('apps', 'intake', 'src', 'main.ts')]);
  });

  it('runs dist/apps/<service>/main.js compiled, and names the build command when it is missing', () => {
    const entry = join('dist', 'apps', 'partner-allocation', 'main.js');
    if (existsSync(join(REPO_ROOT, entry))) expect(serviceArgs('partner-allocation', true)).toEqual([entry]);
    else expect(() => serviceArgs('partner-allocation', true)).toThrow('npm run build -- partner-allocation');
  });
});
