import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DEFAULT_INSTANCE, type ReviewOpenedV1 } from '@athar/contracts';
import { EventHandlers, EventWriter, HealthRegistry } from '@athar/service-kit';
import {
  CASE_ID,
  DEADLINE,
  reviewTimelineTaskQueue,
  reviewTimelineWorkflowId,
  STAGE,
  TENANT_ID,
  WORKFLOWS_PATH,
} from '@athar/workflows';
import { createReviewTimelineActivities } from './review-timeline.activities';
import { ensureReviewSearchAttributes } from './search-attributes';

const address = (): string => process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
const namespace = (): string => process.env.TEMPORAL_NAMESPACE ?? 'default';
const taskQueue = (): string => reviewTimelineTaskQueue(process.env.ATHAR_INSTANCE ?? DEFAULT_INSTANCE);

/**
 * Runs the review-timeline worker and starts one timeline per opened review. The start is keyed by a
 * workflow id derived from tenant and case, so a redelivered ReviewOpened starts nothing twice.
 */
@Injectable()
export class ReviewTimelineRuntime implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReviewTimelineRuntime.name);
  private client?: Client;
  private worker?: Worker;
  private workerRun?: Promise<void>;
  private connections: Array<{ close(): Promise<void> }> = [];

  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ReviewOpened', (event) => this.startTimeline(event.tenantId, event.data as ReviewOpenedV1));
    this.health.register('temporal', async () => {
      if (!this.client) throw new Error('not connected');
      await this.client.workflowService.getSystemInfo({});
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const connection = await Connection.connect({ address: address() });
    await ensureReviewSearchAttributes(connection, namespace());
    this.client = new Client({ connection, namespace: namespace() });
    const nativeConnection = await NativeConnection.connect({ address: address() });
    this.connections.push(connection, nativeConnection);
    this.worker = await Worker.create({
      connection: nativeConnection,
      namespace: namespace(),
      taskQueue: taskQueue(),
      workflowsPath: WORKFLOWS_PATH,
      activities: createReviewTimelineActivities(this.writer),
    });
    this.workerRun = this.worker.run().catch((error: unknown) => this.logger.error({ err: error }, 'review-timeline worker stopped'));
  }

  /** The worker's activities write to the event store: stop it before the store's connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.workerRun;
    await Promise.all(this.connections.map((c) => c.close()));
  }

  private async startTimeline(tenantId: string, review: ReviewOpenedV1): Promise<void> {
    if (!this.client) throw new Error('Temporal client not connected yet');
    try {
      await this.client.workflow.start('reviewTimeline', {
        taskQueue: taskQueue(),
        workflowId: reviewTimelineWorkflowId(tenantId, review.caseId),
        args: [{ tenantId, caseId: review.caseId, deadline: review.deadline }],
        typedSearchAttributes: [
          { key: TENANT_ID, value: tenantId },
          { key: CASE_ID, value: review.caseId },
          { key: STAGE, value: 'under-review' },
          { key: DEADLINE, value: new Date(review.deadline) },
        ],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
}
