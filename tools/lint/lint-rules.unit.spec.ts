import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The lint rules that keep machine-local code out of the repository (docs/adr/0015): a module named by
 * an absolute path, and a disable comment that names no rule or gives no reason. Each snippet is
 * linted as if it were a file of the messaging library, with the repository's own eslint.config.mjs.
 */
const root = join(__dirname, '..', '..');
const filePath = join(root, 'libs', 'platform', 'messaging', 'src', 'lint-probe.ts');

// The probes name made-up absolute paths; they are assembled here so that this file itself holds no
// literal absolute specifier (nothing is ever loaded: the snippets are only linted).
const abs = (path: string): string => `/${path}`;
const absolutePaths: Array<[string, string]> = [
  ['require() of an absolute path', `export const store = require('${abs('tmp/scratch/pg-store.ts')}');\n`],
  ['require.resolve() of an absolute path', `export const where = require.resolve('${abs('opt/x')}');\n`],
  ['import from an absolute path', `import { x } from '${abs('tmp/x')}';\nexport const y = x;\n`],
  ['export from an absolute path', `export { x } from '${abs('home/dev/x')}';\n`],
  ['import() of an absolute path', `export const later = import('${abs('tmp/x')}');\n`],
  ['a Windows drive path', "export const store = require('C:\\\\scratch\\\\store');\n"],
  ['a file: URL', `export const store = require('file://${abs('tmp/store.js')}');\n`],
];
const snippets = {
  relative: "import { Pool } from 'pg';\nimport { sleep } from './sleep';\nexport const a = require('node:path');\nexport const b = [Pool, sleep];\n",
  bareDisable: "// eslint-disable-next-line\nexport const store = require('./store');\n",
  noReason: '// eslint-disable-next-line @typescript-eslint/no-explicit-any\nexport let a: any;\n',
  unused: '// eslint-disable-next-line @typescript-eslint/no-explicit-any -- nothing to silence\nexport const a = 1;\n',
  named: '// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a third-party callback is untyped\nexport let a: any;\n',
  ...Object.fromEntries(absolutePaths),
};

// ESLint loads eslint.config.mjs with a dynamic import, which jest's module sandbox refuses: the
// snippets are linted by ESLint's own API in one child node process.
const linter = `
  const { ESLint } = require('eslint');
  let input = '';
  process.stdin.on('data', (chunk) => (input += chunk)).on('end', async () => {
    const { snippets, filePath } = JSON.parse(input);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = {};
    for (const [name, code] of Object.entries(snippets)) {
      const [result] = await eslint.lintText(code, { filePath });
      out[name] = result.messages.map((m) => m.ruleId ?? (m.severity === 2 ? 'error: ' : 'warning: ') + m.message);
    }
    process.stdout.write('\\n@@lint@@' + JSON.stringify(out));
  });`;

let ruleIds: Record<string, string[]>;

beforeAll(() => {
  const out = execFileSync(process.execPath, ['-e', linter], { cwd: root, input: JSON.stringify({ snippets, filePath }) }).toString();
  ruleIds = JSON.parse(out.slice(out.indexOf('@@lint@@') + '@@lint@@'.length)) as Record<string, string[]>;
}, 120_000);

describe('lint refuses machine-local code', () => {
  it.each(absolutePaths)('refuses a module named by an absolute path: %s', (name) => {
    expect(ruleIds[name]).toContain('no-restricted-syntax');
  });

  it('accepts package names and relative paths', () => {
    expect(ruleIds['relative']).toEqual([]);
  });

  it('refuses a disable comment that names no rule', () => {
    expect(ruleIds['bareDisable']).toContain('@eslint-community/eslint-comments/no-unlimited-disable');
  });

  it('refuses a disable comment without a reason, and one that silences nothing', () => {
    expect(ruleIds['noReason']).toContain('@eslint-community/eslint-comments/require-description');
    expect(ruleIds['unused']).toEqual([expect.stringMatching(/^error: Unused eslint-disable directive/)]);
  });

  it('accepts a disable comment that names its rule and says why', () => {
    expect(ruleIds['named']).toEqual([]);
  });
});
