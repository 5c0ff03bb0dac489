import { Controller, Get, Headers, NotFoundException, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { BOUNDED_CONTEXTS, type BoundedContext, type ReadPurpose } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CASE_READERS, CaseViews, CurrentPrincipal, Roles, serviceUrl, type CaseViewDto, ParseIdPipe } from '@athar/service-kit';
import { ApiReadPurpose, ReadPurposeParam } from '../../record-reads/read-purpose';
import { RecordReads } from '../../record-reads/record-reads';
import { DraftStatusQuery } from './draft-status.query';

export class CaseStatusDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'Each service view of the case; null where the case has not reached it yet (a draft: every service but intake)' })
  services!: Record<BoundedContext, CaseViewDto | null | { unavailable: true }>;
}

/**
 * A case as every service sees it. Services never read each other's databases, so this asks each one's
 * HTTP API with the caller's own token: tenant isolation holds in every service on its own. A draft has
 * not left intake: it shows as intake holds it (from its stream: a draft and its checklist), and as not
 * yet known to the other services.
 */
@ApiTags('cases')
@Controller('cases')
export class CaseStatusController {
  constructor(
    private readonly views: CaseViews,
    private readonly reads: RecordReads,
    private readonly queries: QueryBus,
  ) {}

  @Get(':caseId/status')
  @Roles(...CASE_READERS)
  @ApiReadPurpose()
  @ApiOperation({
    summary: 'The case stage as each of the five services sees it (a draft: intake only, with its checklist); the read is logged with its purpose.',
  })
  @ApiOkResponse({ type: CaseStatusDto })
  async status(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Headers('authorization') authorization: string,
    @ReadPurposeParam() purpose: ReadPurpose,
  ): Promise<CaseStatusDto> {
    const own = await this.views.find(principal.tenantId, caseId);
    if (!own) {
      // Not submitted (or not projected yet): a draft lives only in intake's stream of this tenant.
      const draft = await this.queries.execute(new DraftStatusQuery(principal, caseId));
      if (!draft) throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الحالة غير موجودة', en: 'Case not found' } });
      await this.reads.record(principal, caseId, 'case-status', purpose);
      const services = Object.fromEntries(BOUNDED_CONTEXTS.map((context) => [context, context === 'intake' ? draft : null]));
      return { caseId, services: services as CaseStatusDto['services'] };
    }
    await this.reads.record(principal, caseId, 'case-status', purpose);
    const entries = await Promise.all(
      BOUNDED_CONTEXTS.map(async (context) => [context, context === 'intake' ? own : await fetchView(context, caseId, authorization)] as const),
    );
    return { caseId, services: Object.fromEntries(entries) as CaseStatusDto['services'] };
  }
}

async function fetchView(context: BoundedContext, caseId: string, authorization: string): Promise<CaseViewDto | null | { unavailable: true }> {
  try {
    const response = await fetch(`${serviceUrl(context)}/cases/${caseId}`, {
      headers: { authorization },
      signal: AbortSignal.timeout(2000),
    });
    if (response.status === 404) return null;
    if (!response.ok) return { unavailable: true };
    return (await response.json()) as CaseViewDto;
  } catch {
    return { unavailable: true };
  }
}
