import { Client } from 'pg';
import { consoleLogger, errorMessage, type MessagingLogger } from '../logger';
import { sleep } from '../sleep';

export interface RelayLeadershipOptions {
  /**
   * The PostgreSQL to hold the lock in: the one holding the relay's checkpoints. The lock's session is a
   * connection of its own, outside the service's pool, so leading never takes a connection from requests.
   */
  connectionString: string;
  /** The relay's name (one per service and instance): the replicas of a service compete for it. */
  name: string;
  /** How often a standby tries to take the lead, and the leader checks it still holds it. Default 2 s. */
  intervalMs?: number;
  logger?: MessagingLogger;
}

/** What the leader runs: starts relaying and returns how to stop. */
export type Lead = () => Promise<() => Promise<void>>;

/**
 * One relay per service at a time, however many replicas run (docs/adr/0052). Each replica asks for a
 * PostgreSQL session advisory lock named after the relay, on a connection it keeps for as long as it
 * leads; the one that gets it relays, the others wait and ask again every `intervalMs`. PostgreSQL frees
 * the lock when the leader's session ends (it stopped, crashed, was killed or lost the network), so a
 * standby takes over from the relay's checkpoint within one interval. The leader checks its session every
 * interval and stops relaying as soon as it is gone, so two replicas relay together only for the moment
 * between a session dying and the old leader noticing; the consumers' inboxes drop the few events both
 * sent (at least once, as after any relay crash).
 */
export class RelayLeadership {
  private readonly intervalMs: number;
  private readonly logger: MessagingLogger;
  private readonly stopSignal = new AbortController();
  private running: Promise<void> | null = null;
  private leading = false;

  constructor(private readonly options: RelayLeadershipOptions) {
    this.intervalMs = options.intervalMs ?? 2_000;
    this.logger = options.logger ?? consoleLogger;
  }

  /** Whether this replica relays now. */
  get isLeader(): boolean {
    return this.leading;
  }

  /** Competes for the lead in the background, running `lead` whenever this replica holds it. */
  start(lead: Lead): void {
    if (this.running) throw new Error(`Leadership of ${this.options.name} was already started`);
    this.running = this.loop(lead);
  }

  /** Stops relaying if leading, releases the lock, and stops competing. */
  async stop(): Promise<void> {
    this.stopSignal.abort();
    await this.running;
  }

  private async loop(lead: Lead): Promise<void> {
    while (!this.stopSignal.signal.aborted) {
      const session = await this.acquire().catch((error: unknown) => {
        this.logger.warn('relay leadership: could not ask for the lock', { relay: this.options.name, error: errorMessage(error) });
        return null;
      });
      if (session) await this.leadWhileHeld(session, lead);
      if (!this.stopSignal.signal.aborted) await sleep(this.intervalMs, this.stopSignal.signal);
    }
  }

  /** A session holding the lock, or null when another replica holds it. */
  private async acquire(): Promise<Client | null> {
    const client = new Client({ connectionString: this.options.connectionString, connectionTimeoutMillis: 10_000 });
    // a session that dies emits 'error' on its client: without a listener Node would crash
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<{ held: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS held', [this.lockName()]);
      if (rows[0]?.held) return client;
      await client.end();
      return null;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  private async leadWhileHeld(session: Client, lead: Lead): Promise<void> {
    let stopRelay: (() => Promise<void>) | null = null;
    try {
      this.leading = true;
      this.logger.info('relay leadership: leading', { relay: this.options.name });
      stopRelay = await lead();
      while (!this.stopSignal.signal.aborted) {
        await sleep(this.intervalMs, this.stopSignal.signal);
        if (this.stopSignal.signal.aborted) break;
        // the lock lives as long as this session: if the session is gone, so is the lead
        const alive = await session.query('SELECT 1').then(
          () => true,
          () => false,
        );
        if (!alive) {
          this.logger.warn('relay leadership: lost the session holding the lock; stopping the relay', { relay: this.options.name });
          break;
        }
      }
    } catch (error) {
      this.logger.error('relay leadership: the relay failed to start', { relay: this.options.name, error: errorMessage(error) });
    } finally {
      this.leading = false;
      await stopRelay?.().catch((error: unknown) =>
        this.logger.warn('relay leadership: stopping the relay failed', { relay: this.options.name, error: errorMessage(error) }),
      );
      // ending the session frees the lock
      await session.end().catch(() => undefined);
    }
  }

  private lockName(): string {
    return `athar.relay.${this.options.name}`;
  }
}
