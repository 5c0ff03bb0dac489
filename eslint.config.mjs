import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const engineClients = ['@nestjs/*', 'mongoose', 'kafkajs', 'pg', '@temporalio/*', '@eventstore/db-client', 'express'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.engines/**', '.nx/**', 'coverage/**', 'tools/lint-fixtures/**'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    plugins: { '@nx': nx },
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      // Layers, checked by a tool rather than goodwill (docs/adr/0002-module-boundaries.md).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
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
        },
      ],
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
);
