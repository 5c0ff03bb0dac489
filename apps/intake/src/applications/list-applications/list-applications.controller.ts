import { Controller, Get, Query, UnprocessableEntityException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FilterQuery, Model } from 'mongoose';
import { maySeeCase, type Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { ApplicationListEntry } from '../projection/application-list.schema';
import { serviceChecklistOf } from '../requirements';
import { ApplicationPageDto, ListApplicationsQuery } from './list-applications.dto';

interface Cursor {
  queuedAt: string;
  caseId: string;
  /** The order the page was read in: a cursor of one order is no place in the other. */
  sort: Sort;
}

type Sort = NonNullable<ListApplicationsQuery['sort']>;

const DAY_MS = 24 * 60 * 60 * 1000;

// A newest-first cursor keeps its original two-element form.
const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify(c.sort === 'oldest' ? [c.queuedAt, c.caseId, c.sort] : [c.queuedAt, c.caseId])).toString('base64url');

function decodeCursor(raw: string, sort: Sort): Cursor {
  try {
    const [queuedAt, caseId, order = 'newest'] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    if (typeof queuedAt === 'string' && typeof caseId === 'string' && !Number.isNaN(Date.parse(queuedAt)) && order === sort) return { queuedAt, caseId, sort };
  } catch {
    // fall through to the refusal below
  }
  throw new UnprocessableEntityException({
    code: 'validation-failed',
    message: { ar: 'مؤشر الصفحة غير صالح', en: 'The cursor is not valid' },
    fields: [{ field: 'cursor', reasons: [{ ar: 'استخدم nextCursor كما أُعيد ومع الترتيب نفسه', en: 'pass nextCursor exactly as returned, with the same sort' }] }],
  });
}

/**
 * The staff queue: the tenant's applications, drafts included, newest first, filtered, in pages (keyset,
 * stable under inserts). A draft shows its age and its checklist, so a request waiting for documents is
 * found without its id (common process step 2). An applicant sees only what their account opened.
 */
@ApiTags('applications')
@Controller('applications')
export class ListApplicationsController {
  constructor(
    @InjectModel(ApplicationListEntry.name) private readonly list: Model<ApplicationListEntry>,
    private readonly tenants: TenantRegistry,
  ) {}

  @Get()
  @Roles('applicant', 'relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiOperation({ summary: "The tenant's applications and drafts (an applicant: their own), newest first (or oldest first, ?sort=oldest), with filters and cursor pagination; a draft with its created date, age in days, last activity and checklist." })
  @ApiOkResponse({ type: ApplicationPageDto })
  async listApplications(@CurrentPrincipal() principal: Principal, @Query() query: ListApplicationsQuery): Promise<ApplicationPageDto> {
    const limit = query.limit ?? 20;
    const filter: FilterQuery<ApplicationListEntry> = { tenantId: principal.tenantId };
    // Tuwaiq 5-4: an applicant sees only the requests their own account opened.
    if (!maySeeCase(principal, null)) filter.ownerUserId = principal.userId;
    if (query.status) filter.status = query.status;
    if (query.channel) filter.channel = query.channel;
    if (query.serviceId) filter.serviceId = query.serviceId;
    if (query.submittedFrom || query.submittedTo) {
      filter.submittedAt = {
        ...(query.submittedFrom ? { $gte: new Date(query.submittedFrom) } : {}),
        ...(query.submittedTo ? { $lt: new Date(query.submittedTo) } : {}),
      };
    }
    const sort: Sort = query.sort ?? 'newest';
    const after = sort === 'oldest' ? '$gt' : '$lt';
    const conditions: FilterQuery<ApplicationListEntry>[] = [filter];
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor, sort);
      const at = new Date(cursor.queuedAt);
      conditions.push({ $or: [{ queuedAt: { [after]: at } }, { queuedAt: at, caseId: { [after]: cursor.caseId } }] });
    }
    const direction = sort === 'oldest' ? 1 : -1;
    const rows = await this.list
      .find(conditions.length === 1 ? filter : { $and: conditions })
      .sort({ queuedAt: direction, caseId: direction })
      .limit(limit + 1)
      .lean()
      .exec();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const policy = this.tenants.get(principal.tenantId);
    const iso = (date: Date | null | undefined): string | null => (date ? new Date(date).toISOString() : null);
    const now = Date.now();
    return {
      items: page.map((row) => {
        const createdAt = iso(row.createdAt) ?? iso(row.submittedAt) ?? new Date(row.queuedAt).toISOString();
        return {
          caseId: row.caseId,
          status: row.status,
          channel: row.channel,
          serviceId: row.serviceId,
          createdAt,
          ageDays: Math.max(0, Math.floor((now - Date.parse(createdAt)) / DAY_MS)),
          // Rows projected before activity was recorded: their latest known date.
          lastActivityAt: iso(row.lastActivityAt) ?? iso(row.submittedAt) ?? createdAt,
          submittedAt: iso(row.submittedAt),
          expectedResponseBy: iso(row.expectedResponseBy),
          checklist: row.status === 'draft' ? serviceChecklistOf(policy, row.serviceId, row.providedFields ?? [], row.documents ?? []) : [],
        };
      }),
      nextCursor: rows.length > limit && last ? encodeCursor({ queuedAt: new Date(last.queuedAt).toISOString(), caseId: last.caseId, sort }) : null,
    };
  }
}
