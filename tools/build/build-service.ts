/**
 * Compiles one service to JavaScript under dist/apps/<service> (docs/adr/0051): its own sources and
 * every library, mirrored in the repository's layout, with `@athar/*` imports rewritten to relative
 * paths (tsconfig.base.json's `paths`), decorator metadata as `.swcrc` emits it for development, and
 * source maps beside each file. Policy files and other non-TypeScript assets are copied, and
 * `dist/apps/<service>/main.js` starts the service: `node dist/apps/intake/main.js`.
 *
 *   node -r @swc-node/register tools/build/build-service.ts intake [eligibility …]   (none: all five)
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFile, type Options } from '@swc/core';
import { bundleWorkflowCode } from '@temporalio/worker';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';

const REPO_ROOT = resolve(__dirname, '..', '..');

export function distDir(service: BoundedContext, root = REPO_ROOT): string {
  return join(root, 'dist', 'apps', service);
}

/** The files a service's image needs: every library, and the service apps (intake reads eligibility's policies). */
function sourceRoots(): string[] {
  return ['libs', ...BOUNDED_CONTEXTS.map((context) => join('apps', context))];
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', 'testing']);
const isSpec = (file: string) => /\.(unit|int|e2e|spec)\.spec\.ts$|\.spec\.ts$/.test(file);

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* walk(path);
    } else if (entry.isFile()) yield path;
  }
}

function swcOptions(file: string, outFile: string): Options {
  const swcrc = JSON.parse(readFileSync(join(REPO_ROOT, '.swcrc'), 'utf8')) as Options;
  const tsconfig = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return {
    ...swcrc,
    swcrc: false,
    configFile: false,
    filename: join(REPO_ROOT, file),
    sourceFileName: relative(dirname(outFile), join(REPO_ROOT, file)),
    sourceMaps: true,
    jsc: { ...swcrc.jsc, baseUrl: REPO_ROOT, paths: tsconfig.compilerOptions.paths },
  };
}

/** Whether a service runs a Temporal worker (its sources name the workflows' path). */
function runsWorker(service: BoundedContext): boolean {
  return [...walk(join('apps', service, 'src'))].some(
    (file) => !isSpec(file) && file.endsWith('.ts') && readFileSync(join(REPO_ROOT, file), 'utf8').includes('WORKFLOWS_PATH'),
  );
}

/**
 * The workflow bundles a compiled worker loads instead of bundling at each start (temporal-kit's
 * prebuiltWorkflowBundle): one plain, one with the tracing interceptors (docs/adr/0046).
 */
async function bundleWorkflows(out: string): Promise<string[]> {
  const workflowsPath = join(out, 'libs', 'workflows', 'src', 'workflows.js');
  const interceptors = join(out, 'libs', 'platform', 'temporal-kit', 'src', 'otel-workflow-interceptors.js');
  const written: string[] = [];
  for (const traced of [false, true]) {
    const { code } = await bundleWorkflowCode({
      workflowsPath,
      workflowInterceptorModules: traced ? [interceptors] : [],
      logger: {
        trace() {},
        debug() {},
        info() {},
        warn: (message) => process.stderr.write(`${message}\n`),
        error: (message) => process.stderr.write(`${message}\n`),
        log() {},
      },
    });
    const target = workflowsPath.replace(/\.js$/, traced ? '.traced.bundle.js' : '.bundle.js');
    writeFileSync(target, code);
    written.push(target);
  }
  return written;
}

export async function buildService(service: BoundedContext): Promise<{ dir: string; compiled: number; copied: number; bundles: string[] }> {
  if (!BOUNDED_CONTEXTS.includes(service)) throw new Error(`unknown service ${service}: one of ${BOUNDED_CONTEXTS.join(', ')}`);
  const out = distDir(service);
  rmSync(out, { recursive: true, force: true });
  let compiled = 0;
  let copied = 0;
  const jobs: Array<Promise<void>> = [];
  for (const root of sourceRoots()) {
    for (const file of walk(root)) {
      if (file.endsWith('.ts')) {
        if (isSpec(file) || file.endsWith('.d.ts')) continue;
        const target = join(out, file.replace(/\.ts$/, '.js'));
        mkdirSync(dirname(target), { recursive: true });
        jobs.push(
          transformFile(join(REPO_ROOT, file), swcOptions(file, target)).then((result) => {
            writeFileSync(target, `${result.code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
            if (result.map) writeFileSync(`${target}.map`, result.map);
            compiled += 1;
          }),
        );
      } else if (!/\.(tsx|md)$/.test(file) && !file.endsWith('project.json')) {
        const target = join(out, file);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(join(REPO_ROOT, file), target);
        copied += 1;
      }
    }
  }
  await Promise.all(jobs);
  const bundles = runsWorker(service) ? await bundleWorkflows(out) : [];
  writeFileSync(
    join(out, 'main.js'),
    [
      `// Compiled ${service} (tools/build/build-service.ts); stack traces name the TypeScript sources.`,
      `process.setSourceMapsEnabled(true);`,
      `require('./apps/${service}/src/main.js');`,
      '',
    ].join('\n'),
  );
  return { dir: out, compiled, copied, bundles };
}

if (require.main === module) {
  const requested = process.argv.slice(2);
  const services = (requested.length > 0 ? requested : [...BOUNDED_CONTEXTS]) as BoundedContext[];
  (async () => {
    for (const service of services) {
      const started = Date.now();
      const { dir, compiled, copied, bundles } = await buildService(service);
      process.stdout.write(
        `${service}: ${compiled} files compiled, ${copied} copied, ${bundles.length} workflow bundles, to ${relative(REPO_ROOT, dir)} in ${Date.now() - started} ms\n`,
      );
    }
  })().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}

/** Whether a built service is older than its sources would need (for callers that build on demand). */
export function builtAt(service: BoundedContext): number | null {
  try {
    return statSync(join(distDir(service), 'main.js')).mtimeMs;
  } catch {
    return null;
  }
}
