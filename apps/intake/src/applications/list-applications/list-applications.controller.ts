import { Controller, Get, Query, UnprocessableEntityException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FilterQuery, Model } from 'mongoose';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { ApplicationListEntry } from '../projection/application-list.schema';
import { ApplicationPageDto, ListApplicationsQuery } from './list-applications.dto';

interface Cursor {
  submittedAt: string;
  caseId: string;
}

const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify([c.submittedAt, c.caseId])).toString('base64url');

function decodeCursor(raw: string): Cursor {
  try {
    const [submittedAt, caseId] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof submittedAt === 'string' && typeof caseId === 'string' && !Number.isNaN(Date.parse(submittedAt))) return { submittedAt, caseId };
  } catch {
    // fall through to the refusal below
  }
  throw new UnprocessableEntityException({
    code: 'validation-failed',
    message: { ar: 'مؤشر الصفحة غير صالح', en: 'The cursor is not valid' },
    fields: [{ field: 'cursor', reasons: [{ ar: 'استخدم nextCursor كما أُعيد', en: 'pass nextCursor exactly as returned' }] }],
  });
}

/** The staff queue: the tenant's applications, newest first, filtered, in pages (keyset, stable under inserts). */
@ApiTags('applications')
@Controller('applications')
export class ListApplicationsController {
  constructor(@InjectModel(ApplicationListEntry.name) private readonly list: Model<ApplicationListEntry>) {}

  @Get()
  @Roles('relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiOperation({ summary: "The tenant's applications, newest first, with filters and cursor pagination." })
  @ApiOkResponse({ type: ApplicationPageDto })
  async listApplications(@CurrentPrincipal() principal: Principal, @Query() query: ListApplicationsQuery): Promise<ApplicationPageDto> {
    const limit = query.limit ?? 20;
    const filter: FilterQuery<ApplicationListEntry> = { tenantId: principal.tenantId };
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
      const at = new Date(cursor.submittedAt);
      conditions.push({ $or: [{ submittedAt: { $lt: at } }, { submittedAt: at, caseId: { $lt: cursor.caseId } }] });
    }
    const rows = await this.list
      .find(conditions.length === 1 ? filter : { $and: conditions })
      .sort({ submittedAt: -1, caseId: -1 })
      .limit(limit + 1)
      .lean()
      .exec();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => ({
        caseId: row.caseId,
        status: row.status,
        channel: row.channel,
        serviceId: row.serviceId,
        submittedAt: new Date(row.submittedAt).toISOString(),
        expectedResponseBy: new Date(row.expectedResponseBy).toISOString(),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor({ submittedAt: new Date(last.submittedAt).toISOString(), caseId: last.caseId }) : null,
    };
  }
}
