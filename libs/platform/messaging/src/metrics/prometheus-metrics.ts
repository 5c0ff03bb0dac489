import { Counter, Gauge, type Registry } from 'prom-client';
import type { MessagingMetrics } from './messaging-metrics';

/**
 * Messaging metrics on a service's prom-client registry (service-kit's MetricsService.registry).
 * Metrics are looked up before being created, so a relay and a consumer of one process, or two
 * calls, share them instead of failing on a duplicate name.
 */
export function prometheusMessagingMetrics(registry: Registry): MessagingMetrics {
  const counter = <L extends string>(name: string, help: string, labelNames: L[]): Counter<L> =>
    (registry.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter({ name, help, labelNames, registers: [registry] });
  const gauge = <L extends string>(name: string, help: string, labelNames: L[]): Gauge<L> =>
    (registry.getSingleMetric(name) as Gauge<L> | undefined) ?? new Gauge({ name, help, labelNames, registers: [registry] });

  const relayed = counter('athar_relay_events_total', 'Events published to Kafka and checkpointed', ['relay']);
  const lastPosition = gauge('athar_relay_last_position', 'Global position of the last relayed event', ['relay']);
  const lagSeconds = gauge('athar_relay_lag_seconds', 'Seconds between recording and relaying the last event', ['relay']);
  const publishFailures = counter('athar_relay_publish_failures_total', 'Failed relay batches (re-sent from the checkpoint)', ['relay']);
  const handled = counter('athar_consumer_events_handled_total', 'Events handled', ['group', 'type']);
  const duplicates = counter('athar_consumer_duplicates_skipped_total', 'Redelivered events the inbox skipped', ['group', 'type']);
  const retried = counter('athar_consumer_retries_total', 'Handler attempts that failed and were retried', ['group', 'type']);
  const deadLettered = counter('athar_consumer_dead_lettered_total', 'Messages sent to the dead-letter topic', ['group', 'reason']);
  const ignored = counter('athar_consumer_events_ignored_total', 'Events with no handler in this group', ['group', 'type']);
  const outageRetries = counter(
    'athar_consumer_outage_retries_total',
    'Tries of a message that failed because an engine was unavailable; the message is held and tried again, never dead-lettered',
    ['group', 'reason'],
  );
  const pausedPartitions = gauge('athar_consumer_paused_partitions', 'Partitions paused on a message held by an engine outage', ['group']);

  return {
    batchRelayed(relay, batch) {
      relayed.inc({ relay }, batch.count);
      // A gauge is a double: exact up to 2^53 events, far beyond this store's lifetime.
      lastPosition.set({ relay }, Number(batch.lastPosition));
      lagSeconds.set({ relay }, Math.max(0, (Date.now() - Date.parse(batch.lastRecordedAt)) / 1000));
    },
    publishFailed: (relay) => publishFailures.inc({ relay }),
    handled: (group, type) => handled.inc({ group, type }),
    duplicateSkipped: (group, type) => duplicates.inc({ group, type }),
    retried: (group, type) => retried.inc({ group, type }),
    deadLettered: (group, reason) => deadLettered.inc({ group, reason }),
    ignored: (group, type) => ignored.inc({ group, type }),
    outageRetried: (group, reason) => outageRetries.inc({ group, reason }),
    pausedPartitions: (group, count) => pausedPartitions.set({ group }, count),
  };
}
