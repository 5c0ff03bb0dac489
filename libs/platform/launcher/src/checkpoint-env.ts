import { ensureSigningKey, FileCheckpointSink } from '@athar/event-store';

export interface CheckpointSetup {
  /** The Ed25519 signing key (PKCS#8 PEM); made once if missing. */
  keyFile: string;
  /** The outside copy of the checkpoints (docs/adr/0043); its keys/ gets the public key. */
  dir: string;
  /** ATHAR_CHECKPOINT_EVERY_SECONDS for the services (their default, 60, when not given). */
  everySeconds?: number;
}

/**
 * Makes the checkpoint key if missing, publishes its public key beside the checkpoints, and returns
 * the variables that turn on each service's checkpointer (docs/adr/0043): npm start (the engines
 * folder's key) and the end-to-end platform (a throw-away key per run) both start the services so.
 */
export async function checkpointEnv(setup: CheckpointSetup): Promise<{ env: NodeJS.ProcessEnv; keyId: string; created: boolean }> {
  const { signer, created } = ensureSigningKey(setup.keyFile);
  await new FileCheckpointSink(setup.dir).publishKey(signer.keyId, signer.publicKeyPem);
  const env: NodeJS.ProcessEnv = { ATHAR_CHECKPOINT_KEY_FILE: setup.keyFile, ATHAR_CHECKPOINT_DIR: setup.dir };
  if (setup.everySeconds !== undefined) env.ATHAR_CHECKPOINT_EVERY_SECONDS = String(setup.everySeconds);
  return { env, keyId: signer.keyId, created };
}
