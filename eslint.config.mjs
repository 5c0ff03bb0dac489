import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import eslintComments from '@eslint-community/eslint-plugin-eslint-comments';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// A module is named by package or by a path relative to the file, never by a path that exists only on
// one machine (docs/adr/0015): an absolute specifier in import, export, import() or require() is refused.
const absolutePath = String.raw`/^(\/|[A-Za-z]:[\\/]|file:)/`;
const absoluteSpecifier = (node) => `${node}[source.value=${absolutePath}]`;
const noAbsoluteModulePaths = [
  'error',
  ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
    selector: absoluteSpecifier(node),
    message: 'Import modules by package name or relative path, never an absolute path (it exists on one machine only).',
  })),
  {
    selector: `CallExpression[callee.name='require'] > Literal.arguments:first-child[value=${absolutePath}]`,
    message: 'require() a package name or relative path, never an absolute path (it exists on one machine only).',
  },
  {
    selector: `CallExpression[callee.object.name='require'][callee.property.name='resolve'] > Literal.arguments:first-child[value=${absolutePath}]`,
    message: 'require.resolve() a package name or relative path, never an absolute path.',
  },
];

const engineClients = ['@nestjs/*', 'mongoose', 'kafkajs', 'pg', '@temporalio/*', '@eventstore/db-client', 'express'];

// Layers, checked by a tool rather than goodwill (docs/adr/0002-module-boundaries.md).
const moduleBoundaries = {
  // The console's source files that its browser tier and tools read as they are (docs/adr/0036): its
  // messages and theme (the tests speak its words, check its colours), the permission matrix and its
  // parser (the console shows what the matrix allows), the e2e platform and API-type check (tools/console),
  // the intake domain's field rules (the console's live reasons are the API's own words) and the
  // console's rules built on them (the browser tier expects those words); the partner-allocation domain's
  // list of Saudi regions and governorates (the partner's form offers exactly the ids the API accepts);
  // intake's audit reader and replay, which the replay benchmark (tools/bench) times as they are; the
  // console's generated API types (types only: a browser journey reads a response as the console does);
  // the private engines the fault drills break and the drills' load and checks (tools/chaos, shared with
  // the engine-restart drill); the services' own projections and stream names, which the read-model
  // rebuild command (tools/ops) and its benchmark run as they are, so a rebuild writes what the service would.
  // regular expressions over the import as written
  allow: [
    '^(\\.\\./)+console/src/i18n/messages$',
    '^(\\.\\./)+console/src/theme$',
    '^(\\.\\./)+tools/console/console-server$',
    '^(\\.\\./)+docs/permissions\\.md\\?raw$',
    '^(\\.\\./)+libs/platform/identity/src/permission-matrix$',
    '^(\\.\\./)+(apps/)?platform-e2e/src/(platform-under-test|public-link-flow|partner-arrangements|private-engines)$',
    '^(\\.\\./)+tools/chaos/(checks|load)$',
    '^(\\.\\./)+apps/intake/src/figures/case-figures\\.(schema|projection)$',
    '^(\\.\\./)+apps/eligibility/src/(assessments/projection/assessment-view\\.projection|read/eligibility-reader|eligibility-streams)$',
    '^(\\.\\./)+apps/committee-review/src/(reviews/review-stream|service-delivery/delivery-stream)$',
    '^(\\.\\./)+console/src/api/generated/[a-z-]+$',
    '^(\\.\\./)+apps/console-e2e/src/api-types$',
    '^(\\.\\./)+libs/domain/intake/src/validation/(mobile|national-id|problems)$',
    '^(\\.\\./)+console/src/areas/applicant/rules$',
    '^(\\.\\./)+libs/domain/partner-allocation/src/requests/saudi-regions$',
    '^(\\.\\./)+apps/intake/src/audit/(audit-reader|case-replay)$',
  ],
  depConstraints: [
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'] },
    { sourceTag: 'type:workflow', onlyDependOnLibsWithTags: ['type:contracts'] },
    { sourceTag: 'type:infrastructure', onlyDependOnLibsWithTags: ['type:contracts', 'type:infrastructure', 'type:workflow'] },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:infrastructure', 'type:workflow'] },
    { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:infrastructure', 'type:workflow'] },
    { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:platform'] },
    // A service sees only its own domain; other contexts reach it through contracts (events).
    { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:intake', 'scope:shared', 'scope:platform'] },
    { sourceTag: 'scope:eligibility', onlyDependOnLibsWithTags: ['scope:eligibility', 'scope:shared', 'scope:platform'] },
    { sourceTag: 'scope:committee-review', onlyDependOnLibsWithTags: ['scope:committee-review', 'scope:shared', 'scope:platform'] },
    { sourceTag: 'scope:partner-allocation', onlyDependOnLibsWithTags: ['scope:partner-allocation', 'scope:shared', 'scope:platform'] },
    { sourceTag: 'scope:feedback', onlyDependOnLibsWithTags: ['scope:feedback', 'scope:shared', 'scope:platform'] },
  ],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.engines/**', '.nx/**', 'coverage/**', 'tools/lint-fixtures/**', 'apps/console/src/api/generated/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
    plugins: { '@nx': nx, '@eslint-community/eslint-comments': eslintComments },
    languageOptions: { parserOptions: { projectService: false } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A disable comment names the rule it silences and says why; a bare one hides everything.
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      'no-restricted-syntax': noAbsoluteModulePaths,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      // Layers, checked by a tool rather than goodwill (docs/adr/0002-module-boundaries.md).
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries],
    },
  },
  {
    // Domain code is plain TypeScript: no framework, driver or engine client.
    files: ['libs/domain/**/*.ts', 'libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'Domain and contracts code imports no Node built-in.' })),
          patterns: [{ group: engineClients, message: 'Domain and contracts code imports no framework or engine client.' }],
        },
      ],
    },
  },
  {
    // The Temporal workflow bundler rejects Node built-ins; workflows are deterministic code only.
    files: ['libs/workflows/src/**/*.ts'],
    ignores: ['libs/workflows/src/index.ts', 'libs/workflows/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'The workflow bundler rejects Node built-ins.' })),
          patterns: [
            {
              group: ['@nestjs/*', 'mongoose', 'kafkajs', 'pg', '@eventstore/db-client', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'],
              message: 'Workflow code is deterministic: no engine client.',
            },
          ],
        },
      ],
    },
  },
  {
    // The audit reader (ADR 0044) re-runs every context's decisions with that context's own domain code,
    // read-only; it alone in intake may import the other contexts' domains.
    files: ['apps/intake/src/audit/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          ...moduleBoundaries,
          depConstraints: moduleBoundaries.depConstraints.map((c) =>
            c.sourceTag === 'scope:intake'
              ? {
                  ...c,
                  onlyDependOnLibsWithTags: [
                    ...c.onlyDependOnLibsWithTags,
                    'scope:eligibility',
                    'scope:committee-review',
                    'scope:partner-allocation',
                    'scope:feedback',
                  ],
                }
              : c,
          ),
        },
      ],
    },
  },
);
