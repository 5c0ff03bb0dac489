import { Client, Connection } from '@temporalio/client';
import mongoose from 'mongoose';
import { Pool } from 'pg';
import { BOUNDED_CONTEXTS, deadLetterTopic, eventsTopic } from '@athar/contracts';
import { survivePoolErrors } from '@athar/event-store';
import { consumerGroupId, createKafkaBroker } from '@athar/messaging';
import { eligibilityTaskQueue, committeeReviewTaskQueue } from '@athar/workflows';

/**
 * Removes everything an instance created on the shared engines (docs/adr/0006-instance-names.md):
 * its event-store and messaging schemas, topics and read-model databases. For throwaway instances
 * (tests); refuses the production default.
 */
export async function deleteInstance(instance: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (instance === 'athar' || !/^[a-z][a-z0-9]{2,30}$/.test(instance)) throw new Error(`Refusing to delete instance "${instance}"`);
  // The schemas' owner drops them (docs/adr/0018); the services' role could not.
  const pool = survivePoolErrors(
    new Pool({ connectionString: env.ATHAR_PG_MIGRATION_URL ?? env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' }),
    'cleanup',
  );
  try {
    for (const suffix of ['events', 'messaging', 'http', 'notifications', 'personal_data', 'public_link']) {
      await pool.query(`DROP SCHEMA IF EXISTS "${instance}_${suffix}" CASCADE`);
    }
  } finally {
    await pool.end();
  }
  const broker = createKafkaBroker({ clientId: `${instance}.cleanup` }, env);
  await broker.deleteConsumerGroups(BOUNDED_CONTEXTS.map((c) => consumerGroupId(c, instance))).catch(() => undefined);
  await broker.deleteTopics([...BOUNDED_CONTEXTS.map((c) => eventsTopic(c, instance)), deadLetterTopic(instance)]);
  await terminateWorkflows(instance, env);
  const connection = await mongoose.createConnection(env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017').asPromise();
  try {
    for (const context of BOUNDED_CONTEXTS) await connection.useDb(`${instance}_${context.replace(/-/g, '_')}`).dropDatabase();
  } finally {
    await connection.close();
  }
}

/** Timelines and schedules of a deleted instance would wait for a worker that never comes: end them. */
async function terminateWorkflows(instance: string, env: NodeJS.ProcessEnv): Promise<void> {
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
  try {
    const client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE ?? 'default' });
    for await (const schedule of client.schedule.list()) {
      if (schedule.scheduleId.startsWith(`${instance}/`))
        await client.schedule
          .getHandle(schedule.scheduleId)
          .delete()
          .catch(() => undefined);
    }
    const queues = [committeeReviewTaskQueue(instance), eligibilityTaskQueue(instance)].map((q) => `"${q}"`).join(', ');
    const query = `TaskQueue IN (${queues}) AND ExecutionStatus = "Running"`;
    for await (const workflow of client.workflow.list({ query })) {
      await client.workflow
        .getHandle(workflow.workflowId, workflow.runId)
        .terminate(`instance ${instance} deleted`)
        .catch(() => undefined);
    }
  } finally {
    await connection.close();
  }
}
