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
}

const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify([c.queuedAt, c.caseId])).toString('base64url');

function decodeCursor(raw: string): Cursor {
  try {
    const [queuedAt, caseId] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof queuedAt === 'string' && typeof caseId === 'string' && !Number.isNaN(Date.parse(queuedAt))) return { queuedAt, caseId };
  } catch {
    // fall through to the refusal below
  }
  throw new UnprocessableEntityException({
    code: 'validation-failed',
    message: { ar: 'مؤشر الصفحة غير صالح', en: 'The cursor is not valid' },
    fields: [{ field: 'cursor', reasons: [{ ar: 'استخدم nextCursor كما أُعيد', en: 'pass nextCursor exactly as returned' }] }],
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
  @ApiOperation({ summary: "The tenant's applications and drafts (an applicant: their own), newest first, with filters and cursor pagination; a draft with its created date and checklist." })
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
    const conditions: FilterQuery<ApplicationListEntry>[] = [filter];
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      const at = new Date(cursor.queuedAt);
      conditions.push({ $or: [{ queuedAt: { $lt: at } }, { queuedAt: at, caseId: { $lt: cursor.caseId } }] });
    }
    const rows = await this.list
      .find(conditions.length === 1 ? filter : { $and: conditions })
      .sort({ queuedAt: -1, caseId: -1 })
      .limit(limit + 1)
      .lean()
      .exec();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const policy = this.tenants.get(principal.tenantId);
    const iso = (date: Date | null | undefined): string | null => (date ? new Date(date).toISOString() : null);
    return {
      items: page.map((row) => ({
        caseId: row.caseId,
        status: row.status,
        channel: row.channel,
        serviceId: row.serviceId,
        createdAt: iso(row.createdAt) ?? iso(row.submittedAt) ?? new Date(row.queuedAt).toISOString(),
        submittedAt: iso(row.submittedAt),
        expectedResponseBy: iso(row.expectedResponseBy),
        checklist: row.status === 'draft' ? serviceChecklistOf(policy, row.serviceId, row.providedFields ?? [], row.documents ?? []) : [],
      })),
      nextCursor: rows.length > limit && last ? encodeCursor({ queuedAt: new Date(last.queuedAt).toISOString(), caseId: last.caseId }) : null,
    };
  }
}
