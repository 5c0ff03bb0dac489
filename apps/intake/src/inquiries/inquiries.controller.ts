import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, HttpStatus, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Model } from 'mongoose';
import { streamId, type InquiryOpenedV1 } from '@athar/contracts';
import { answerInquiry, evolveInquiry, type InquiryEvent } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, instantRange, keysetPage, revisionFromIfMatch, Roles, ParseIdPipe, type SortKey } from '@athar/service-kit';
import { InquiryQueueEntry } from './inquiry-queue.schema';
import { AnswerInquiryDto, InquiryDto, InquiryPageDto, ListInquiriesQuery, OpenInquiryDto } from './inquiries.dto';

/** Newest first; the inquiry id breaks ties (docs/adr/0029). */
const INQUIRY_ORDER: readonly SortKey[] = [
  { field: 'openedAt', direction: -1, kind: 'date' },
  { field: 'inquiryId', direction: -1, kind: 'string' },
];

const inquiryStream = (tenantId: string, inquiryId: string) => streamId('intake', 'inquiry', tenantId, inquiryId);
const notFound = () => new NotFoundException({ code: 'inquiry-not-found', message: { ar: 'الاستفسار غير موجود', en: 'Inquiry not found' } });

function toDto(row: InquiryQueueEntry): InquiryDto {
  return {
    inquiryId: row.inquiryId,
    status: row.status,
    channel: row.channel,
    question: row.question,
    openedAt: new Date(row.openedAt).toISOString(),
    answer: row.answer ?? null,
    revision: row.revision,
  };
}

/** Unclear procedure: the inquiry goes to the tenant's social-research officer and is answered there (000/001/002 step 3). */
@ApiTags('inquiries')
@Controller('inquiries')
export class InquiriesController {
  constructor(
    private readonly writer: EventWriter,
    @InjectModel(InquiryQueueEntry.name) private readonly queue: Model<InquiryQueueEntry>,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('relations-officer', 'services-officer', 'social-researcher', 'applicant')
  @ApiOperation({ summary: 'Record an inquiry about an unclear procedure for the social-research officer.' })
  @ApiCreatedResponse({ type: InquiryDto })
  async open(@CurrentPrincipal() principal: Principal, @Body() body: OpenInquiryDto): Promise<InquiryDto> {
    const data: InquiryOpenedV1 = {
      inquiryId: randomUUID(),
      channel: body.channel,
      question: body.question.trim(),
      contact: { name: body.contact?.name ?? null, mobile: body.contact?.mobile ?? null },
      openedAt: new Date().toISOString(),
    };
    await this.writer.append(inquiryStream(principal.tenantId, data.inquiryId), principal.tenantId, { kind: 'request', principal, channel: body.channel }, [{ type: 'InquiryOpened', version: 1, data }], 'no_stream');
    return { inquiryId: data.inquiryId, status: 'open', channel: data.channel, question: data.question, openedAt: data.openedAt, answer: null, revision: 0 };
  }

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
  @ApiOkResponse({ type: InquiryDto })
  async get(@CurrentPrincipal() principal: Principal, @Param('inquiryId', ParseIdPipe) inquiryId: string, @Res({ passthrough: true }) res: Response): Promise<InquiryDto> {
    const row = await this.queue.findOne({ _id: `${principal.tenantId}:${inquiryId}`, tenantId: principal.tenantId }).lean().exec();
    if (!row) throw notFound();
    res.setHeader('ETag', `"${row.revision}"`);
    return toDto(row);
  }

  @Post(':inquiryId/answer')
  @HttpCode(HttpStatus.OK)
  @Roles('social-researcher')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The revision you saw (GET /inquiries/{id} ETag)' })
  @ApiOperation({ summary: 'The social-research officer answers an open inquiry (409 if it changed since you read it).' })
  async answer(
    @CurrentPrincipal() principal: Principal,
    @Param('inquiryId', ParseIdPipe) inquiryId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: AnswerInquiryDto,
  ): Promise<{ inquiryId: string; status: 'answered'; revision: number }> {
    const expected = revisionFromIfMatch(ifMatch);
    const stream = inquiryStream(principal.tenantId, inquiryId);
    const { history } = await this.writer.load(stream);
    if (history.length === 0) throw notFound();
    const state = (history as unknown as InquiryEvent[]).reduce(evolveInquiry, { status: 'none' });
    const answered = answerInquiry(state, inquiryId, body.answer, principal.userId, new Date());
    const result = await this.writer.append(stream, principal.tenantId, { kind: 'request', principal, channel: 'system' }, [{ type: 'InquiryAnswered', version: 1, data: answered }], expected);
    return { inquiryId, status: 'answered', revision: result.nextExpectedRevision };
  }
}
