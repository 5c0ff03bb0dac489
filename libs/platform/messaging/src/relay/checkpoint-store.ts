/** Where a relay remembers the global position of the last event Kafka acknowledged. */
export interface CheckpointStore {
  /** The saved position, or '0' (the start of the log) for a relay that never published. */
  load(relayName: string): Promise<string>;
  /** Saves `position`; never moves a checkpoint backwards. */
  save(relayName: string, position: string): Promise<void>;
}
