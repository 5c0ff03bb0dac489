// Every shell block of README.md and docs/runbook.md, run with bash against the platform the e2e global
// setup started (its instance, ports and token issuer passed in the variables the documents honour), so
// a documented command that breaks fails this test. Conventions: apps/platform-e2e/src/documented/documented-blocks.ts.
// ATHAR_DOCS_TRANSCRIPT=1 prints what each block printed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import { BOUNDED_CONTEXTS, deadLetterTopic, eventsTopic } from '@athar/contracts';
import { kafkaConfigFromEnv } from '@athar/messaging';
import { applicationBody, eventually, PlatformUnderTest } from '../platform-under-test';
import { demoCaseFrom, describeDemoCase, tryCall, type Receipt } from '@athar/launcher';
import { inlineCommandsOutsideBlocks, parseDocument, unmatchedExpectations, type CommandBlock } from './documented-blocks';

const ROOT = join(__dirname, '..', '..', '..', '..');
const DOCUMENTS = ['README.md', 'docs/runbook.md'];
const parsed = DOCUMENTS.map((file) => parseDocument(file, readFileSync(join(ROOT, file), 'utf8')));
const BLOCK_TIMEOUT_MS = 120_000;

/** Variables a block leaves behind (e.g. TOKEN, CASE_ID) are restored before the document's next block. */
const SAVE_STATE = `
__athar_save_state() {
  local name
  for name in $(compgen -v); do
    case $name in
      BASH*|__*|_|PIPESTATUS|FUNCNAME|GROUPS|DIRSTACK|SHLVL|PWD|OLDPWD|RANDOM|SRANDOM|SECONDS|LINENO|EPOCHREALTIME|EPOCHSECONDS|HISTCMD|EUID|UID|PPID|SHELLOPTS|OPTIND|OPTARG|OPTERR|IFS|PS1|PS2|PS4|COMP_WORDBREAKS|HOSTNAME|HOSTTYPE|MACHTYPE|OSTYPE|COLUMNS|LINES|name) continue ;;
    esac
    declare -p "$name"
  done > "$1"
}`;

interface BlockRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runBlock(block: CommandBlock, stateFile: string, env: NodeJS.ProcessEnv): Promise<BlockRun> {
  const script = `${SAVE_STATE}\nset -euo pipefail\nsource "${stateFile}"\n${block.code}\n__athar_save_state "${stateFile}"\n`;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: BLOCK_TIMEOUT_MS - 5_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function title(block: CommandBlock): string {
  return `${block.file}:${block.line} ${block.code.split('\n')[0].slice(0, 80)}`;
}

describe('documented commands (README.md, docs/runbook.md)', () => {
  const platform = PlatformUnderTest.current();
  const dir = mkdtempSync(join(tmpdir(), 'athar-docs-'));
  const attempted = new Set<CommandBlock>();
  // `npm run token` signs in to the run's Keycloak test realm (its demo-account password), as it does to the demo realm after npm start
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ATHAR_INSTANCE: platform.instance,
    ATHAR_KEYCLOAK_REALM: platform.realm.realm,
    ATHAR_KEYCLOAK_USER_PASSWORD: platform.realm.password,
    NO_COLOR: '1',
  };
  env.ATHAR_MAIL_DIR = platform.mailDir; // npm run mail reads the platform's loopback mailbox
  Object.assign(env, platform.auditEnv); // npm run audit works on the platform's store, checkpoint key and outside copy
  for (const context of BOUNDED_CONTEXTS) env[`ATHAR_${context.toUpperCase().replace(/-/g, '_')}_URL`] = platform.url(context);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every command block is either run here or marked not-run with a reason, and no command is only inline', () => {
    expect(inlineCommandsOutsideBlocks(parsed)).toEqual([]);
    for (const document of parsed) expect(document.commands.filter((c) => !c.notRun).length).toBeGreaterThan(0);
  });

  describe.each(parsed.map((document) => [document.commands[0]?.file ?? '?', document] as const))('%s', (file, document) => {
    const stateFile = join(dir, `${file.replace(/\W/g, '_')}.state`);
    beforeAll(async () => {
      writeFileSync(stateFile, '');
      if (file === 'docs/runbook.md') writeFileSync(stateFile, `CASE_ID=${await runbookPreconditions(platform)}\n`);
    }, 120_000);

    const runnable = document.commands.filter((block) => !block.notRun);
    it.each(runnable.map((block) => [title(block), block] as const))(
      '%s',
      async (_title, block) => {
        attempted.add(block);
        const result = await runBlock(block, stateFile, env);
        const transcript = `$ ${block.code}\n--- exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
        if (result.code !== 0) throw new Error(`${block.file}:${block.line} exited ${result.code}\n${transcript}`);
        if (process.env.ATHAR_DOCS_TRANSCRIPT) console.log(transcript);
        const missing = unmatchedExpectations(block.expectedOutput ?? [], result.stdout);
        if (missing.length > 0)
          throw new Error(`${block.file}:${block.line}: the documented answer is not in the output; from:\n${missing.join('\n')}\n${transcript}`);
      },
      BLOCK_TIMEOUT_MS,
    );
  });

  // npm start prints, for its demo case, a call to try: it must answer whether the case is a draft or submitted.
  it.each([
    ['submitted', 'awj', 'member-service', 'website'],
    ['draft', 'tuwaiq', 'job-seeker-training', 'interview'],
  ])(
    'the call npm start suggests for a %s case answers',
    async (status, tenantId, serviceId, channel) => {
      const created = await fetch(`${platform.url('intake')}/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await platform.token(tenantId)}`, 'content-type': 'application/json' },
        body: JSON.stringify(applicationBody(serviceId, channel)),
      });
      const demoCase = demoCaseFrom(tenantId, (await created.json()) as Receipt);
      expect(demoCase.status).toBe(status);
      expect(describeDemoCase(demoCase)).toMatch(status === 'draft' ? /^draft .*, missing: \S/ : /^submitted /);
      const call = tryCall(demoCase, platform.url('intake'));
      const stateFile = join(dir, `npm-start-${status}.state`);
      writeFileSync(stateFile, '');
      const result = await runBlock({ file: 'npm start', line: 0, code: call }, stateFile, env);
      if (result.code !== 0) throw new Error(`${call}\nexited ${result.code}\n${result.stdout}\n${result.stderr}`);
      expect(JSON.parse(result.stdout)).toMatchObject({ caseId: demoCase.caseId });
    },
    BLOCK_TIMEOUT_MS,
  );

  it('ran every block not marked not-run, and lists the ones it skips with their reasons', () => {
    const all = parsed.flatMap((document) => document.commands);
    const skipped = all.filter((block) => block.notRun);
    console.log(
      `documented command blocks: ${all.length}, run ${attempted.size}, not run ${skipped.length}:\n${skipped.map((b) => `  ${b.file}:${b.line} ${b.notRun}`).join('\n')}`,
    );
    expect(all.filter((block) => !block.notRun && !attempted.has(block)).map(title)).toEqual([]);
    expect(attempted.size + skipped.length).toBe(all.length);
  });
});

/**
 * What the runbook's commands are about, on a fresh platform: a case under review (its timeline, whose id
 * the runbook takes as CASE_ID) and a dead letter (a message no consumer can read, on a topic they consume).
 */
async function runbookPreconditions(platform: PlatformUnderTest): Promise<string> {
  const token = await platform.token('awj');
  const created = await fetch(`${platform.url('intake')}/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(applicationBody('member-service', 'website')),
  });
  const { caseId, status } = (await created.json()) as { caseId: string; status: string };
  expect([created.status, status]).toEqual([201, 'submitted']);

  const kafka = new Kafka({ brokers: kafkaConfigFromEnv().brokers, clientId: `${platform.instance}.docs-test`, logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic: eventsTopic('intake', platform.instance),
    messages: [{ key: 'not-an-event', value: '{"not":"an event"}', headers: { 'tenant-id': 'awj' } }],
  });
  await producer.disconnect();
  const admin = kafka.admin();
  await admin.connect();
  try {
    await eventually(async () => {
      const topics = await admin.listTopics();
      if (!topics.includes(deadLetterTopic(platform.instance))) return undefined;
      const offsets = await admin.fetchTopicOffsets(deadLetterTopic(platform.instance));
      return offsets.some((p) => Number(p.high) > 0) ? true : undefined;
    }, 60_000);
  } finally {
    await admin.disconnect();
  }

  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
  try {
    const client = new Client({ connection });
    await eventually(async () => {
      const { count } = await client.workflow.count(`WorkflowId = "review-timeline/awj/${caseId}"`);
      return count > 0 ? true : undefined;
    }, 60_000);
  } finally {
    await connection.close();
  }
  return caseId;
}
