import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RecordedEvent } from '@athar/contracts';
import { ELIGIBILITY_STATUS_EVENTS, eligibilityStatusOf } from '@athar/domain-eligibility';
import { CaseViews, EventHandlers } from '@athar/service-kit';
import { EligibilityReader } from '../../read/eligibility-reader';

/**
 * Eligibility's view of a case (`GET /cases/{id}`, shown by intake's `GET /cases/{id}/status`). Every
 * event that bears on it (assessed, overridden, reconfirmed, lapsed, each document's verification)
 * rebuilds it from the case's two streams, read through EligibilityReader, so the view never keeps a
 * decision that has been replaced, whatever order or how often the events arrive; it is written only
 * if newer than what it shows.
 */
@Injectable()
export class AssessmentViewProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
    private readonly streams: EligibilityReader,
  ) {}

  onModuleInit(): void {
    for (const type of ELIGIBILITY_STATUS_EVENTS) this.handlers.on(type, (event) => this.rebuild(event));
  }

  private async rebuild(event: RecordedEvent): Promise<void> {
    const { caseId } = event.data as { caseId: string };
    const { assessment, documents } = await this.streams.caseStreams(event.tenantId, caseId);
    const status = eligibilityStatusOf(assessment, documents);
    // Not assessed yet: no view (404), as before; the assessment's own event will include the documents.
    if (!status) return;
    const position = [...assessment, ...documents].reduce((max, e) => (BigInt(e.globalPosition) > max ? BigInt(e.globalPosition) : max), 0n);
    const { stage, ...details } = status;
    await this.views.apply(event.tenantId, caseId, position.toString(), stage, details);
  }
}
