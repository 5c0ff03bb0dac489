import { Controller, Get, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FilterQuery, Model } from 'mongoose';
import { maySeeCase, type Principal } from '@athar/identity';
import { CurrentPrincipal, instantRange, keysetPage, Roles, type SortKey } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { ApplicationListEntry } from '../projection/application-list.schema';
import { serviceChecklistOf } from '../requirements';
import { ApplicationDecisionDto, ApplicationPageDto, ListApplicationsQuery, type ApplicationStatus } from './list-applications.dto';

type Sort = NonNullable<ListApplicationsQuery['sort']>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The roles that open a case record (GET /applications/{id}) see its number in the list too. The number is
 * what the applicant quotes (docs/adr/0029 treats it as theirs), so a tenant admin, who lists the queue
 * but opens no record, gets null.
 */
const NUMBER_READERS: readonly string[] = ['applicant', 'relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'auditor'];

/** The status shown is the committee's decision once there is one (ApplicationViewProjection keeps it beside intake's own). */
const STATUS_FILTERS: Record<ApplicationStatus, FilterQuery<ApplicationListEntry>> = {
  draft: { status: 'draft' },
  submitted: { status: 'submitted', decision: { $exists: false }, reconsiderationRound: { $exists: false } },
  accepted: { 'decision.outcome': 'accepted' },
  rejected: { 'decision.outcome': 'rejected' },
  reconsidering: { decision: { $exists: false }, reconsiderationRound: { $exists: true } },
};

const statusOf = (row: ApplicationListEntry): ApplicationStatus => {
  if (row.decision) return row.decision.outcome;
  if (row.reconsiderationRound !== undefined && row.reconsiderationRound !== null) return 'reconsidering';
  return row.status === 'draft' ? 'draft' : 'submitted';
};

/** By when the request entered its status, newest (the queue) or oldest (drafts to follow up) first; the case id breaks ties (docs/adr/0029). */
const sortOf = (sort: Sort): readonly SortKey[] => {
  const direction = sort === 'oldest' ? 1 : -1;
  return [
    { field: 'queuedAt', direction, kind: 'date' },
    { field: 'caseId', direction, kind: 'string' },
  ];
};

/**
 * The staff queue: the tenant's applications, drafts included, newest first, filtered, in pages (keyset,
 * stable under inserts). A draft shows its age and its checklist, so a request waiting for documents is
 * found without its id (common process step 2). An applicant sees only what their account opened.
 */
@ApiTags('applications')
@ApiExtraModels(ApplicationDecisionDto)
@Controller('applications')
export class ListApplicationsController {
  constructor(
    @InjectModel(ApplicationListEntry.name) private readonly list: Model<ApplicationListEntry>,
    private readonly tenants: TenantRegistry,
  ) {}

  @Get()
  @Roles('applicant', 'relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiOperation({
    summary:
      "The tenant's applications and drafts (an applicant: their own), newest first (or oldest first, ?sort=oldest), with filters and cursor pagination; a draft with its created date, age in days, last activity and checklist.",
  })
  @ApiOkResponse({ type: ApplicationPageDto })
  async listApplications(@CurrentPrincipal() principal: Principal, @Query() query: ListApplicationsQuery): Promise<ApplicationPageDto> {
    const limit = query.limit ?? 20;
    const filter: FilterQuery<ApplicationListEntry> = { tenantId: principal.tenantId };
    // Tuwaiq 5-4: an applicant sees only the requests their own account opened.
    if (!maySeeCase(principal, null)) filter.ownerUserId = principal.userId;
    if (query.status) Object.assign(filter, STATUS_FILTERS[query.status]);
    if (query.channel) filter.channel = query.channel;
    if (query.serviceId) filter.serviceId = query.serviceId;
    // The number only finds a request for the roles that may see it (NUMBER_READERS).
    if (query.caseNumber) filter.caseNumber = principal.roles.some((role) => NUMBER_READERS.includes(role)) ? query.caseNumber.toUpperCase() : { $in: [] };
    Object.assign(filter, instantRange('submittedAt', query.submittedFrom, query.submittedTo));
    // The cursor is bound to the filters, sort included: a cursor of one order is no place in the other.
    const {
      rows: page,
      nextCursor,
      total,
    } = await keysetPage(this.list, {
      list: 'applications',
      filter,
      sort: sortOf(query.sort ?? 'newest'),
      limit,
      cursor: query.cursor,
      filters: { ...query, sort: query.sort ?? 'newest' },
    });
    const policy = this.tenants.get(principal.tenantId);
    const iso = (date: Date | null | undefined): string | null => (date ? new Date(date).toISOString() : null);
    const now = Date.now();
    const showsNumber = principal.roles.some((role) => NUMBER_READERS.includes(role));
    return {
      items: page.map((row) => {
        const createdAt = iso(row.createdAt) ?? iso(row.submittedAt) ?? new Date(row.queuedAt).toISOString();
        return {
          caseId: row.caseId,
          caseNumber: showsNumber ? (row.caseNumber ?? null) : null,
          status: statusOf(row),
          channel: row.channel,
          serviceId: row.serviceId,
          createdAt,
          ageDays: Math.max(0, Math.floor((now - Date.parse(createdAt)) / DAY_MS)),
          // Rows projected before activity was recorded: their latest known date.
          lastActivityAt: iso(row.lastActivityAt) ?? iso(row.submittedAt) ?? createdAt,
          submittedAt: iso(row.submittedAt),
          expectedResponseBy: iso(row.expectedResponseBy),
          checklist: row.status === 'draft' ? serviceChecklistOf(policy, row.serviceId, row.providedFields ?? [], row.documents ?? []) : [],
          decision: row.decision
            ? {
                outcome: row.decision.outcome,
                round: row.decision.round,
                decidedAt: new Date(row.decision.decidedAt).toISOString(),
                reasons: row.decision.reasons.map((reason) => ({ ar: reason.ar, en: reason.en })),
                reconsiderationUntil: iso(row.decision.reconsiderationUntil),
              }
            : null,
        };
      }),
      nextCursor,
      total,
    };
  }
}
