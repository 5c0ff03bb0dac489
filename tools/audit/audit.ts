// The audit tool (docs/auditors-guide.md, docs/adr/0043):
//   npm run audit -- keygen                      make the local checkpoint key if missing, publish its public key
//   npm run audit -- checkpoint                  sign a checkpoint of the store's tree now
//   npm run audit -- verify [--event <id>]       chains, tree and checkpoints (outside copy); with --event, its inclusion proof
//   npm run audit -- verify --bundle <dir>       an exported bundle, offline (tools/audit/standalone/verify-bundle.mjs)
//   npm run audit -- consistency --from <size> --to <size>
//   npm run audit -- export --tenant T [--case C] [--from ISO --to ISO] --out <dir> --reason "<why>" [--by <who>]
// Configuration: ATHAR_CHECKPOINT_KEY_FILE, ATHAR_CHECKPOINT_DIR (default <ATHAR_ENGINES_DIR>/audit/…),
// the store as the services see it (ATHAR_PG_URL, ATHAR_INSTANCE, EVENTSTORE_CONNECTION_STRING).
// Exit code 0: all verified; 1: a problem found (each printed with where it is); 2: bad arguments or setup.
import { spawnSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkOutsideCopy,
  checkpointLogOf,
  checkpointsAtRest,
  Checkpointer,
  CheckpointSigner,
  createEventStoreFromEnv,
  ensureSigningKey,
  eventLeafHash,
  exportBundle,
  FileCheckpointSink,
  loadPublicKeys,
  verifyConsistency,
  verifyInclusion,
  verifyStore,
  type EventStore,
} from '@athar/event-store';

const ROOT = resolve(__dirname, '..', '..');

function defaults(env: NodeJS.ProcessEnv): { keyFile: string; dir: string } {
  const engines = env.ATHAR_ENGINES_DIR || join(ROOT, '.engines');
  return {
    keyFile: env.ATHAR_CHECKPOINT_KEY_FILE || join(engines, 'audit', 'checkpoint-signing.key'),
    dir: env.ATHAR_CHECKPOINT_DIR || join(engines, 'audit', 'checkpoints'),
  };
}

async function withStore<T>(work: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await createEventStoreFromEnv();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      event: { type: 'string' },
      bundle: { type: 'string' },
      'public-key': { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      tenant: { type: 'string' },
      case: { type: 'string' },
      out: { type: 'string' },
      reason: { type: 'string' },
      by: { type: 'string' },
    },
  });
  const { keyFile, dir } = defaults(process.env);
  const sink = new FileCheckpointSink(dir);
  const keys = () => loadPublicKeys(values['public-key']?.length ? values['public-key'] : sink.publicKeyFiles());

  switch (command) {
    case 'keygen': {
      const { signer, created } = ensureSigningKey(keyFile);
      await sink.publishKey(signer.keyId, signer.publicKeyPem);
      console.log(`${created ? 'created' : 'kept'} checkpoint key ${signer.keyId}; public key ${join(dir, 'keys', `${signer.keyId}.pem`)}`);
      return 0;
    }
    case 'checkpoint':
      return withStore(async (store) => {
        const checkpointer = new Checkpointer(store, checkpointLogOf(store), sink, CheckpointSigner.fromPemFile(keyFile), { everyEvents: 1, everySeconds: 1 });
        const signed = await checkpointer.runOnce(true);
        console.log(
          signed ? `checkpoint ${signed.treeSize} root ${signed.rootHash} signed by ${signed.keyId}` : 'nothing new to sign (or another writer is signing)',
        );
        return 0;
      });
    case 'verify': {
      if (values.bundle) {
        const result = spawnSync(
          process.execPath,
          [join(__dirname, 'standalone', 'verify-bundle.mjs'), values.bundle, ...(values['public-key'] ?? []).flatMap((k) => ['--public-key', k])],
          { stdio: 'inherit' },
        );
        return result.status ?? 2;
      }
      return withStore(async (store) => {
        const log = checkpointLogOf(store);
        if (values.event) return proveEvent(store, await sink.list(log.storeId), keys(), values.event);
        // both copies read between two of the services' rounds (they keep signing while this runs)
        const { own, files } = await checkpointsAtRest(log, sink);
        const verdict = await verifyStore(store, log, files, keys(), own);
        for (const f of verdict.findings) console.log(`BROKEN  ${f.where}: ${f.problem}`);
        const latest = verdict.latest ? `checkpoint ${verdict.latest.treeSize} of ${verdict.latest.signedAt} (key ${verdict.latest.keyId})` : 'no checkpoint';
        console.log(
          `${verdict.streams} stream(s), ${verdict.events} event(s), ${verdict.checkpoints} checkpoint(s); latest ${latest}; ${verdict.uncovered} event(s) after it (chain only); ${verdict.findings.length} problem(s)`,
        );
        return verdict.findings.length > 0 ? 1 : 0;
      });
    }
    case 'consistency':
      return withStore(async (store) => {
        const outside = checkOutsideCopy(await sink.list(checkpointLogOf(store).storeId), keys());
        const first = outside.checkpoints.find((c) => c.treeSize === Number(values.from));
        const second = outside.checkpoints.find((c) => c.treeSize === Number(values.to));
        if (!first || !second) {
          console.error(`--from and --to must be sizes of checkpoints: ${outside.checkpoints.map((c) => c.treeSize).join(', ')}`);
          return 2;
        }
        const proof = outside.tree.consistencyProof(first.treeSize, second.treeSize);
        const ok = verifyConsistency(first.treeSize, second.treeSize, Buffer.from(first.rootHash, 'hex'), Buffer.from(second.rootHash, 'hex'), proof);
        console.log(
          JSON.stringify(
            { from: first.treeSize, to: second.treeSize, fromRoot: first.rootHash, toRoot: second.rootHash, proof: proof.map((h) => h.toString('hex')) },
            null,
            1,
          ),
        );
        console.log(ok ? 'consistent' : `BROKEN  checkpoint ${second.treeSize}: not an append-only extension of checkpoint ${first.treeSize}`);
        return ok ? 0 : 1;
      });
    case 'export': {
      if (!values.tenant || !values.out || !values.reason?.trim()) {
        console.error('usage: npm run audit -- export --tenant <tenant> [--case <caseId>] [--from <ISO> --to <ISO>] --out <dir> --reason "<why>" [--by <who>]');
        return 2;
      }
      const { tenant, out, reason } = values;
      return withStore(async (store) => {
        const result = await exportBundle(
          store,
          await sink.list(checkpointLogOf(store).storeId),
          keys(),
          sink.publicKeyFiles(),
          process.env.ATHAR_POLICY_DIR || join(ROOT, 'libs/platform/tenancy/policies'),
          {
            tenantId: tenant,
            caseId: values.case,
            from: values.from,
            to: values.to,
            reason,
            exportedBy: values.by || `cli:${userInfo().username}`,
            out: resolve(out),
          },
        );
        console.log(
          `exported ${result.events} event(s), ${result.proofs} inclusion proof(s) against checkpoint ${result.treeSize} to ${resolve(out)}; export ${result.exportId} recorded`,
        );
        return 0;
      });
    }
    default:
      console.error('usage: npm run audit -- keygen | checkpoint | verify [--event <id> | --bundle <dir>] | consistency --from <n> --to <n> | export …');
      return 2;
  }
}

async function proveEvent(
  store: EventStore,
  files: Awaited<ReturnType<FileCheckpointSink['list']>>,
  publicKeys: ReturnType<typeof loadPublicKeys>,
  eventId: string,
): Promise<number> {
  const outside = checkOutsideCopy(files, publicKeys);
  const latest = outside.checkpoints[outside.checkpoints.length - 1];
  const leaf = outside.leaves.find((l) => l.eventId === eventId);
  if (!latest || !leaf || leaf.index >= latest.treeSize) {
    console.log(`event ${eventId} is not yet covered by a checkpoint`);
    return 1;
  }
  const found = await store.readAll({ after: (BigInt(leaf.globalPosition) - 1n).toString(), maxCount: 1 });
  const stored = found.find((e) => e.eventId === eventId);
  const path = outside.tree.inclusionProof(leaf.index, latest.treeSize);
  const ok = !!stored && verifyInclusion(eventLeafHash(stored), leaf.index, latest.treeSize, path, Buffer.from(latest.rootHash, 'hex'));
  console.log(
    JSON.stringify(
      {
        eventId,
        streamId: leaf.streamId,
        revision: leaf.revision,
        globalPosition: leaf.globalPosition,
        leafIndex: leaf.index,
        treeSize: latest.treeSize,
        rootHash: latest.rootHash,
        path: path.map((h) => h.toString('hex')),
      },
      null,
      1,
    ),
  );
  console.log(
    ok
      ? `included in checkpoint ${latest.treeSize}`
      : `BROKEN  ${leaf.streamId} revision ${leaf.revision} (position ${leaf.globalPosition}): not in checkpoint ${latest.treeSize}'s tree as stored now`,
  );
  return ok ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
