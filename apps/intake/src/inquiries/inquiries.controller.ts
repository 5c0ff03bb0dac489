import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, HttpStatus, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Model } from 'mongoose';
import { ERASED, type InquiryContactReadV1, type InquiryOpenedV1, type ReadPurpose } from '@athar/contracts';
import { answerInquiry, evolveInquiry, inquiryReplyRoute, openInquiry, type InquiryEvent } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, instantRange, keysetPage, revisionFromIfMatch, Roles, ParseIdPipe, type SortKey } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { ApiReadPurpose, ReadPurposeParam } from '../record-reads/read-purpose';
import { inquiryContactReadsStream, inquiryStream } from './inquiry-streams';
import { InquiryQueueEntry } from './inquiry-queue.schema';
import { AnswerInquiryDto, InquiryContactReadsDto, InquiryContactView, InquiryDto, InquiryPageDto, ListInquiriesQuery, OpenInquiryDto } from './inquiries.dto';

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

/** Unclear procedure: the inquiry goes to the tenant's social-research officer and is answered there (000/001/002 step 3). */
@ApiTags('inquiries')
@Controller('inquiries')
export class InquiriesController {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    @InjectModel(InquiryQueueEntry.name) private readonly queue: Model<InquiryQueueEntry>,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('relations-officer', 'services-officer', 'social-researcher', 'applicant')
  @ApiOperation({
    summary:
      "Record an inquiry about an unclear procedure for the social-research officer, on one of the association's channels (another is refused, 422). The answer goes to the contact left: by email when it came by email with an address, else by SMS.",
  })
  @ApiCreatedResponse({ type: InquiryDto })
  async open(@CurrentPrincipal() principal: Principal, @Body() body: OpenInquiryDto): Promise<InquiryDto> {
    const data: InquiryOpenedV1 = openInquiry(
      { inquiryId: randomUUID(), channel: body.channel, question: body.question, contact: body.contact },
      this.tenants.get(principal.tenantId).channels,
      new Date(),
    );
    await this.writer.append(
      inquiryStream(principal.tenantId, data.inquiryId),
      principal.tenantId,
      { kind: 'request', principal, channel: body.channel },
      [{ type: 'InquiryOpened', version: 1, data }],
      'no_stream',
    );
    const hasContact = data.contact.name !== null || data.contact.mobile !== null || (data.contact.email ?? null) !== null;
    return {
      inquiryId: data.inquiryId,
      status: 'open',
      channel: data.channel,
      question: data.question,
      openedAt: data.openedAt,
      answer: null,
      hasContact,
      revision: 0,
    };
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

  @Get(':inquiryId/contact')
  @Roles('social-researcher', 'relations-officer')
  @ApiReadPurpose()
  @ApiOkResponse({ type: InquiryContactView })
  @ApiOperation({ summary: 'Who asked: name, mobile, email and where the answer goes; read for a stated purpose, and the read is logged.' })
  async contact(
    @CurrentPrincipal() principal: Principal,
    @Param('inquiryId', ParseIdPipe) inquiryId: string,
    @ReadPurposeParam() purpose: ReadPurpose,
  ): Promise<InquiryContactView> {
    const { history } = await this.writer.load(inquiryStream(principal.tenantId, inquiryId));
    const opened = history.find((e) => e.type === 'InquiryOpened');
    if (!opened) throw notFound();
    const data = opened.data;
    const read: InquiryContactReadV1 = { inquiryId, readBy: principal.userId, role: principal.roles[0], purpose, readAt: new Date().toISOString() };
    // Logged before anything is shown (Tuwaiq 5-4, 6-5); its own stream, so the inquiry's revision is unchanged.
    await this.writer.append(
      inquiryContactReadsStream(principal.tenantId, inquiryId),
      principal.tenantId,
      { kind: 'request', principal, channel: 'system' },
      [{ type: 'InquiryContactRead', version: 1, data: read }],
      'any',
    );
    const row = await this.queue
      .findOne({ _id: `${principal.tenantId}:${inquiryId}`, tenantId: principal.tenantId })
      .lean()
      .exec();
    return {
      inquiryId,
      name: data.contact.name,
      mobile: data.contact.mobile,
      email: data.contact.email ?? null,
      replyChannel: inquiryReplyRoute(data, ERASED)?.channel ?? null,
      personalDataErasedAt: row?.personalDataErasedAt ? new Date(row.personalDataErasedAt).toISOString() : null,
    };
  }

  @Get(':inquiryId/contact-reads')
  @Roles('auditor', 'tenant-admin')
  @ApiOkResponse({ type: InquiryContactReadsDto })
  @ApiOperation({ summary: "Every read of the inquiry's contact details: who, in which role, when, for what purpose." })
  async contactReads(@CurrentPrincipal() principal: Principal, @Param('inquiryId', ParseIdPipe) inquiryId: string): Promise<InquiryContactReadsDto> {
    const { history } = await this.writer.load(inquiryContactReadsStream(principal.tenantId, inquiryId));
    if (history.length === 0 && (await this.writer.load(inquiryStream(principal.tenantId, inquiryId))).history.length === 0) throw notFound();
    return {
      inquiryId,
      items: history
        .filter((e) => e.type === 'InquiryContactRead')
        .map((e) => {
          const { readBy, role, purpose, readAt } = e.data;
          return { readBy, role, purpose, readAt };
        }),
    };
  }

  @Post(':inquiryId/answer')
  @HttpCode(HttpStatus.OK)
  @Roles('social-researcher')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The revision you saw (GET /inquiries/{id} ETag)' })
  @ApiOperation({
    summary: 'The social-research officer answers an open inquiry (409 if it changed since you read it); the answer is sent to the person who asked.',
  })
  @ApiOkResponse({
    description: 'The inquiry, answered',
    schema: {
      type: 'object',
      required: ['inquiryId', 'status', 'revision'],
      properties: { inquiryId: { type: 'string', format: 'uuid' }, status: { type: 'string', enum: ['answered'] }, revision: { type: 'integer' } },
    },
  })
  async answer(
    @CurrentPrincipal() principal: Principal,
    @Param('inquiryId', ParseIdPipe) inquiryId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: AnswerInquiryDto,
  ): Promise<{ inquiryId: string; status: 'answered'; revision: number }> {
    const expected = revisionFromIfMatch(ifMatch);
    const stream = inquiryStream(principal.tenantId, inquiryId);
    const { history } = await this.writer.load<InquiryEvent['type']>(stream);
    if (history.length === 0) throw notFound();
    const state = history.reduce(evolveInquiry, { status: 'none' });
    const answered = answerInquiry(state, inquiryId, body.answer, principal.userId, new Date());
    const result = await this.writer.append(
      stream,
      principal.tenantId,
      { kind: 'request', principal, channel: 'system' },
      [{ type: 'InquiryAnswered', version: 1, data: answered }],
      expected,
    );
    return { inquiryId, status: 'answered', revision: result.nextExpectedRevision };
  }
}
