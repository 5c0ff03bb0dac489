import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Model } from 'mongoose';
import type { InquiryContactReadV1 } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, instantRange, keysetPage, Roles, ParseIdPipe, type SortKey } from '@athar/service-kit';
import { InquiryContactReadsQuery } from './list-inquiry-contact-reads/inquiry-contact-reads.query';
import { InquiryQueueEntry } from './inquiry-queue.schema';
import { InquiryContactReadsDto, InquiryDto, InquiryPageDto, ListInquiriesQuery } from './inquiries.dto';

/** Newest first; the inquiry id breaks ties (docs/adr/0029). */
const INQUIRY_ORDER: readonly SortKey[] = [
  { field: 'openedAt', direction: -1, kind: 'date' },
  { field: 'inquiryId', direction: -1, kind: 'string' },
];

const notFound = () => new NotFoundException({ code: 'inquiry-not-found', message: { ar: 'الاستفسار غير موجود', en: 'Inquiry not found' } });

function toDto(row: InquiryQueueEntry): InquiryDto {
  return {
    inquiryId: row.inquiryId,
    status: row.status,
    channel: row.channel,
    question: row.question,
    openedAt: new Date(row.openedAt).toISOString(),
    answer: row.answer ?? null,
    hasContact: row.hasContact,
    revision: row.revision,
  };
}

/**
 * Unclear procedure: the inquiry goes to the tenant's social-research officer and is answered there
 * (000/001/002 step 3). The queue's reads; opening, answering and reading the contact are commands.
 */
@ApiTags('inquiries')
@Controller('inquiries')
export class InquiriesController {
  constructor(
    private readonly queryBus: QueryBus,
    @InjectModel(InquiryQueueEntry.name) private readonly queue: Model<InquiryQueueEntry>,
  ) {}

  @Get()
  @Roles('social-researcher', 'relations-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiOperation({ summary: "The tenant's inquiry queue, newest first; filtered, in keyset pages with a total." })
  @ApiOkResponse({ type: InquiryPageDto })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListInquiriesQuery): Promise<InquiryPageDto> {
    const { rows, nextCursor, total } = await keysetPage(this.queue, {
      list: 'inquiries',
      filter: {
        tenantId: principal.tenantId,
        ...(query.status ? { status: query.status } : {}),
        ...(query.channel ? { channel: query.channel } : {}),
        ...instantRange('openedAt', query.openedFrom, query.openedTo),
      },
      sort: INQUIRY_ORDER,
      limit: query.limit ?? 20,
      cursor: query.cursor,
      filters: { ...query },
    });
    return { items: rows.map(toDto), nextCursor, total };
  }

  @Get(':inquiryId')
  @Roles('social-researcher', 'relations-officer', 'executive-director', 'tenant-admin', 'auditor')
  @ApiOperation({ summary: 'An inquiry of this association (contact details are read through /contact, with a purpose).' })
  @ApiOkResponse({ type: InquiryDto })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('inquiryId', ParseIdPipe) inquiryId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<InquiryDto> {
    const row = await this.queue
      .findOne({ _id: `${principal.tenantId}:${inquiryId}`, tenantId: principal.tenantId })
      .lean()
      .exec();
    if (!row) throw notFound();
    res.setHeader('ETag', `"${row.revision}"`);
    return toDto(row);
  }

  @Get(':inquiryId/contact-reads')
  @Roles('auditor', 'tenant-admin')
  @ApiOkResponse({ type: InquiryContactReadsDto })
  @ApiOperation({ summary: "Every read of the inquiry's contact details: who, in which role, when, for what purpose." })
  async contactReads(@CurrentPrincipal() principal: Principal, @Param('inquiryId', ParseIdPipe) inquiryId: string): Promise<InquiryContactReadsDto> {
    const reads = await this.queryBus.execute<InquiryContactReadsQuery, InquiryContactReadV1[] | null>(
      new InquiryContactReadsQuery(principal.tenantId, inquiryId),
    );
    if (!reads) throw notFound();
    return { inquiryId, items: reads.map(({ readBy, role, purpose, readAt }) => ({ readBy, role, purpose, readAt })) };
  }
}
